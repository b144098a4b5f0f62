package io.stepwise.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSizeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "\"\"",
        "null",
        "true",
        "false",
        "0",
        "7",
        "-1",
        "10",
        "-9223372036854775808",
        "9223372036854775807",
        "12345678901234567890123",
        "[1,-22,333,-4444,1000000]",
        "-12.5e3",
        "{\"a\":1,\"b\":[1,2,{\"c\":\"d\"}],\"e\":null}",
        "\"quote \\\" backslash \\\\ tab \\t newline \\n\"",
        "\"caf\u00e9 \u20ac \ud83d\ude00\"",
        "[[[[[]]]],{},{\"x\":{}}]"
      })
  void countsTheBytesOfTheCompactText(String json) throws Exception {
    JsonNode node = Json.parse(json);
    int exact = Json.write(node).getBytes(StandardCharsets.UTF_8).length;

    assertThat(JsonSize.exceeds(node, exact)).as("at the limit").isFalse();
    assertThat(JsonSize.exceeds(node, exact - 1)).as("one byte under").isTrue();
  }
}
