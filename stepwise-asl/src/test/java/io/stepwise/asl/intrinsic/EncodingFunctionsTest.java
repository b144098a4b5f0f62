package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {

  private static String input(String text) {
    return Json.write(Json.NODES.objectNode().put("s", text));
  }

  @Test
  void base64RoundTrip() {
    assertThat(eval("States.Base64Encode('Data to encode')", "{}").textValue())
        .isEqualTo("RGF0YSB0byBlbmNvZGU=");
    assertThat(eval("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "{}").textValue())
        .isEqualTo("Data to encode");
    assertThat(eval("States.Base64Encode($.s)", input("héllo ✓")).textValue())
        .isEqualTo("aMOpbGxvIOKckw==");
    assertThat(eval("States.Base64Decode($.s)", input("aMOpbGxvIOKckw==")).textValue())
        .isEqualTo("héllo ✓");
    assertThat(eval("States.Base64Encode('')", "{}").textValue()).isEmpty();
    assertThat(eval("States.Base64Decode('')", "{}").textValue()).isEmpty();
  }

  @Test
  void base64LimitIsTenThousandCharacters() {
    assertThat(eval("States.Base64Encode($.s)", input("a".repeat(10_000))).textValue())
        .hasSize(13_336);
    assertThat(fail("States.Base64Encode($.s)", input("a".repeat(10_001))))
        .isEqualTo(invalidArguments("States.Base64Encode"));
    assertThat(fail("States.Base64Decode($.s)", input("QUFB".repeat(2_501))))
        .isEqualTo(invalidArguments("States.Base64Decode"));
  }

  @Test
  void base64RejectsNonStringsAndBadInput() {
    assertThat(fail("States.Base64Encode(1)", "{}"))
        .isEqualTo(invalidArguments("States.Base64Encode"));
    assertThat(fail("States.Base64Decode('not base64!')", "{}"))
        .isEqualTo(invalidArguments("States.Base64Decode"));
    assertThat(fail("States.Base64Decode('/w==')", "{}")) // the byte 0xFF is not UTF-8
        .isEqualTo(invalidArguments("States.Base64Decode"));
  }

  @ParameterizedTest
  @CsvSource({
    "MD5, 812f45842bc6d66ee14572ce20db8e86",
    "SHA-1, aaff4a450a104cd177d28d18d74485e8cae074b7",
    "SHA-256, b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
    "SHA-384, d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
    "SHA-512, 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4"
  })
  void hashInHex(String algorithm, String expected) {
    assertThat(eval("States.Hash($.s, '" + algorithm + "')", input("input data")).textValue())
        .isEqualTo(expected);
  }

  @Test
  void hashOfUnicodeTextUsesUtf8() {
    assertThat(eval("States.Hash($.s, 'SHA-256')", input("héllo ✓")).textValue())
        .isEqualTo("5657cdef8a85a584e0e961e6f8247cf5d3f8ed21496ed6fdbcfd43a761e94245");
  }

  @Test
  void hashRejectsUnknownAlgorithmsNonStringsAndLongInput() {
    assertThat(fail("States.Hash('x', 'SHA256')", "{}")).isEqualTo(invalidArguments("States.Hash"));
    assertThat(fail("States.Hash('x', 'sha-256')", "{}"))
        .isEqualTo(invalidArguments("States.Hash"));
    assertThat(fail("States.Hash(1, 'MD5')", "{}")).isEqualTo(invalidArguments("States.Hash"));
    assertThat(fail("States.Hash($.s, 'MD5')", input("a".repeat(10_001))))
        .isEqualTo(invalidArguments("States.Hash"));
  }
}
