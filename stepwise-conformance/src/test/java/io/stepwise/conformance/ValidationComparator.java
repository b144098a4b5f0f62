package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Judges the validator's diagnostics against AWS's answer to a definition. */
final class ValidationComparator {

  private ValidationComparator() {}

  static Optional<Difference> compare(ValidationCase testCase, List<Diagnostic> diagnostics) {
    return ValidationCase.CREATE_STATE_MACHINE.equals(testCase.api())
        ? compareCreateError(testCase.errorMessage(), diagnostics)
        : compareValidateResponse(testCase.expectedResponse(), diagnostics);
  }

  /**
   * CreateStateMachine answers {@code InvalidDefinition} with every error in one message: {@code
   * Invalid State Machine Definition: 'CODE: message at /location, CODE: ...'}.
   */
  static String invalidDefinitionMessage(List<Diagnostic> errors) {
    return "Invalid State Machine Definition: '"
        + errors.stream().map(Diagnostic::toDefinitionErrorText).collect(Collectors.joining(", "))
        + "'";
  }

  private static Optional<Difference> compareCreateError(
      String expectedMessage, List<Diagnostic> diagnostics) {
    List<Diagnostic> errors =
        diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return Optional.of(
          new Difference("$.message", expectedMessage, "(none: the definition was accepted)"));
    }
    String actualMessage = invalidDefinitionMessage(errors);
    return PlaceholderPattern.compile(expectedMessage, false).matches(actualMessage)
        ? Optional.empty()
        : Optional.of(new Difference("$.message", expectedMessage, actualMessage));
  }

  /** ValidateStateMachineDefinition: the diagnostics exactly, in order, then the result. */
  private static Optional<Difference> compareValidateResponse(
      JsonNode expectedResponse, List<Diagnostic> diagnostics) {
    ArrayNode actualDiagnostics = Json.NODES.arrayNode();
    diagnostics.forEach(diagnostic -> actualDiagnostics.add(toAwsJson(diagnostic)));
    JsonComparator comparator = new JsonComparator(Placeholders.implicit(Set.of()), false);
    Optional<Difference> difference =
        comparator.compare("$.diagnostics", expectedResponse.get("diagnostics"), actualDiagnostics);
    if (difference.isPresent()) {
      return difference;
    }
    boolean anyError = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return comparator.compare(
        "$.result", expectedResponse.get("result"), TextNode.valueOf(anyError ? "FAIL" : "OK"));
  }

  /** A diagnostic as AWS's response shows it; {@code location} only where there is one. */
  static ObjectNode toAwsJson(Diagnostic diagnostic) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("code", diagnostic.code());
    if (diagnostic.location() != null) {
      node.put("location", diagnostic.location());
    }
    node.put("message", diagnostic.message());
    node.put("severity", diagnostic.severity().name());
    return node;
  }
}
