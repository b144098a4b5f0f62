package io.stepwise.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical request, string to sign and signature against cases of AWS's published Signature
 * Version 4 test suite (key AKIDEXAMPLE, region us-east-1, service "service", 2015-08-30 12:36:00
 * UTC). The suite's cases with unusual paths are left out: they sign the path encoded once, as S3
 * does, while Step Functions signs it encoded twice.
 */
class SigV4TestSuiteTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String AMZ_DATE = "20150830T123600Z";
  private static final String SCOPE = "20150830/us-east-1/service/aws4_request";
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void postVanilla() {
    SignableRequest request = request("POST", "/", "", Map.of());

    String canonical = CanonicalRequest.of(request, List.of("host", "x-amz-date"), EMPTY_HASH);

    assertThat(canonical)
        .isEqualTo(
            "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "host;x-amz-date\n"
                + EMPTY_HASH);
    assertThat(Signature.stringToSign(AMZ_DATE, SCOPE, canonical))
        .isEqualTo(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n"
                + SCOPE
                + "\n553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87");
    assertThat(sign(canonical))
        .isEqualTo("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
  }

  @Test
  void getVanilla() {
    assertThat(signed(request("GET", "/", "", Map.of())))
        .isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  }

  @Test
  void getVanillaQueryOrderKeyCase() {
    SignableRequest request = request("GET", "/", "Param2=value2&Param1=value1", Map.of());

    assertThat(CanonicalRequest.of(request, List.of("host", "x-amz-date"), EMPTY_HASH))
        .startsWith("GET\n/\nParam1=value1&Param2=value2\n");
    assertThat(signed(request))
        .isEqualTo("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
  }

  @Test
  void postHeaderValueCase() {
    assertThat(signed(request("POST", "/", "", Map.of("My-Header1", "VALUE1"))))
        .isEqualTo("cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d");
  }

  @Test
  void getHeaderValueTrim() {
    SignableRequest request =
        request("GET", "/", "", Map.of("My-Header1", " value1", "My-Header2", " \"a   b   c\""));

    assertThat(
            CanonicalRequest.of(
                request, List.of("host", "my-header1", "my-header2", "x-amz-date"), EMPTY_HASH))
        .contains("my-header1:value1\nmy-header2:\"a b c\"\n");
    assertThat(signed(request))
        .isEqualTo("acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
  }

  @Test
  void getUnreserved() {
    SignableRequest request =
        request(
            "GET",
            "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            "",
            Map.of());

    assertThat(signed(request))
        .isEqualTo("07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f");
  }

  @Test
  void postStsHeaderBefore() {
    String token =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfp"
            + "SPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPky"
            + "QDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz"
            + "+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    assertThat(signed(request("POST", "/", "", Map.of("X-Amz-Security-Token", token))))
        .isEqualTo("85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead");
  }

  @Test
  void theSigningKeyIsTheHmacChain() {
    // From AWS's documentation of the signing key derivation (iam/20150830/us-east-1).
    assertThat(
            java.util.HexFormat.of()
                .formatHex(SigningKey.derive(SECRET, "20150830", "us-east-1", "iam")))
        .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
  }

  /** Signs over every header the request has, as the suite's cases do. */
  private static String signed(SignableRequest request) {
    List<String> names = List.copyOf(request.headers().keySet());
    return sign(CanonicalRequest.of(request, names, EMPTY_HASH));
  }

  private static String sign(String canonical) {
    byte[] key = SigningKey.derive(SECRET, "20150830", "us-east-1", "service");
    return Signature.sign(key, Signature.stringToSign(AMZ_DATE, SCOPE, canonical));
  }

  private static SignableRequest request(
      String method, String path, String query, Map<String, String> extraHeaders) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("example.amazonaws.com"));
    headers.put("X-Amz-Date", List.of(AMZ_DATE));
    extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
    return new SignableRequest(method, path, query, headers, new byte[0]);
  }
}
