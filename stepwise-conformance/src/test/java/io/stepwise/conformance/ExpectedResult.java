package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How AWS ended a recorded execution: the case file's {@code expected} block.
 *
 * @param status {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code ABORTED}
 * @param output the output, where AWS gave one ({@code null} otherwise)
 * @param outputForm what AWS's output text was ({@code object}, {@code json_text}, {@code other},
 *     {@code unparseable_text}); {@code null} without output
 * @param outputText AWS's exact output text where it was not an object, else {@code null}
 * @param error the error name, {@code null} where AWS gave none
 * @param cause the cause: a text node, or an object where AWS's cause was JSON text; {@code null}
 *     where AWS gave none
 */
public record ExpectedResult(
    String status,
    JsonNode output,
    String outputForm,
    String outputText,
    String error,
    JsonNode cause) {

  static ExpectedResult from(JsonNode expected) {
    return new ExpectedResult(
        expected.path("status").asText(),
        expected.get("output"),
        textOrNull(expected.get("output_form")),
        textOrNull(expected.get("output_text")),
        textOrNull(expected.get("error")),
        present(expected.get("cause")));
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
