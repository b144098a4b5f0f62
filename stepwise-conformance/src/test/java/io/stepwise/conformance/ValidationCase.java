package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One definition check recorded against AWS: a case file of {@code validation/}.
 *
 * @param name the case's name
 * @param api {@code CreateStateMachine} or {@code ValidateStateMachineDefinition}
 * @param definitionText the definition exactly as sent (JSON text, or the raw text where the case
 *     sent something that is not JSON)
 * @param express whether the request asked for an EXPRESS state machine
 * @param errorCode for CreateStateMachine, AWS's error code ({@code InvalidDefinition}, {@code
 *     StateMachineAlreadyExists}, ...); {@code null} for ValidateStateMachineDefinition
 * @param errorMessage for CreateStateMachine, AWS's error message without the client's {@code An
 *     error occurred ...} prefix; {@code null} for ValidateStateMachineDefinition
 * @param expectedResponse AWS's whole response (for ValidateStateMachineDefinition: {@code result}
 *     and {@code diagnostics})
 */
public record ValidationCase(
    String name,
    String api,
    String definitionText,
    boolean express,
    String errorCode,
    String errorMessage,
    JsonNode expectedResponse) {

  public static final String CREATE_STATE_MACHINE = "CreateStateMachine";
  public static final String VALIDATE_DEFINITION = "ValidateStateMachineDefinition";

  /** The corpus test family, such as {@code test_sfn_api_validation}. */
  public String family() {
    return CaseFamily.of(name);
  }

  /** Reads a case file. */
  public static ValidationCase read(Path file) throws IOException {
    JsonNode root = Json.MAPPER.readTree(file.toFile());
    JsonNode definition = root.path("definition");
    boolean definitionIsJson = root.path("definition_is_json").asBoolean(true);
    JsonNode response = root.path("expected_response");
    return new ValidationCase(
        root.path("id").asText(CaseFamily.baseName(file)),
        root.path("api").asText(),
        definitionIsJson || !definition.isTextual() ? Json.write(definition) : definition.asText(),
        "EXPRESS".equals(root.path("request").path("type").asText()),
        errorCode(root, response),
        errorMessage(response),
        response);
  }

  private static String errorCode(JsonNode root, JsonNode response) {
    if (response.has("Error")) {
      return response.path("Error").path("Code").asText();
    }
    if (response.has("exception_typename")) {
      return response.get("exception_typename").asText();
    }
    return ExpectedResult.textOrNull(root.path("expected").get("error_code"));
  }

  /**
   * AWS's message. Cases recorded through the Python client keep it inside the client's text
   * ({@code An error occurred (Code) when calling the Op operation: message}); the prefix is the
   * client's, not AWS's.
   */
  private static String errorMessage(JsonNode response) {
    if (response.has("Error")) {
      return response.path("Error").path("Message").asText();
    }
    if (response.has("exception_value")) {
      String text = response.get("exception_value").asText();
      String marker = " operation: ";
      int at = text.indexOf(marker);
      return text.startsWith("An error occurred (") && at >= 0
          ? text.substring(at + marker.length())
          : text;
    }
    return null;
  }
}
