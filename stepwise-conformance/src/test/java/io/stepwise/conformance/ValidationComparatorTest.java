package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationComparatorTest {

  private static final Diagnostic NO_STATES =
      Diagnostic.error("SCHEMA_VALIDATION_FAILED", "These fields are required: [States]", "/");
  private static final Diagnostic MISSING_NEXT =
      Diagnostic.error("MISSING_TRANSITION_TARGET", "Missing 'Next' target: B", "/States/A/Next");

  @Test
  void createJoinsEveryErrorAsAwsDoes() {
    assertThat(ValidationComparator.invalidDefinitionMessage(List.of(NO_STATES, MISSING_NEXT)))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are"
                + " required: [States] at /, MISSING_TRANSITION_TARGET: Missing 'Next' target: B at"
                + " /States/A/Next'");
  }

  @Test
  void createComparesTheMessageWithPlaceholders() {
    ValidationCase testCase =
        create(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The resource provided"
                + " arn:<partition>:states:::x is not recognized. at /States/Q/Resource'");
    Diagnostic resource =
        Diagnostic.error(
            "SCHEMA_VALIDATION_FAILED",
            "The resource provided arn:aws:states:::x is not recognized.",
            "/States/Q/Resource");

    assertThat(ValidationComparator.compare(testCase, List.of(resource))).isEmpty();
    assertThat(ValidationComparator.compare(testCase, List.of(NO_STATES))).isPresent();
  }

  @Test
  void createWithoutErrorsIsADifference() {
    ValidationCase testCase = create("Invalid State Machine Definition: 'X: y at /'");
    Diagnostic warning = new Diagnostic(Severity.WARNING, "X", "y", "/");

    assertThat(ValidationComparator.compare(testCase, List.of(warning)))
        .contains(
            new Difference(
                "$.message",
                "Invalid State Machine Definition: 'X: y at /'",
                "(none: the definition was accepted)"));
  }

  @Test
  void validateComparesTheDiagnosticsExactlyThenTheResult() throws Exception {
    ValidationCase failing =
        validate(
            "{\"diagnostics\":[{\"code\":\"SCHEMA_VALIDATION_FAILED\","
                + "\"location\":\"/\",\"message\":\"These fields are required: [States]\","
                + "\"severity\":\"ERROR\"}],\"result\":\"FAIL\",\"truncated\":false}");
    ValidationCase ok = validate("{\"diagnostics\":[],\"result\":\"OK\",\"truncated\":false}");

    assertThat(ValidationComparator.compare(failing, List.of(NO_STATES))).isEmpty();
    assertThat(ValidationComparator.compare(failing, List.of()))
        .contains(
            new Difference(
                "$.diagnostics[0]",
                "{\"code\":\"SCHEMA_VALIDATION_FAILED\","
                    + "\"location\":\"/\",\"message\":\"These fields are required: [States]\","
                    + "\"severity\":\"ERROR\"}",
                null));
    assertThat(ValidationComparator.compare(ok, List.of())).isEmpty();
    assertThat(ValidationComparator.compare(ok, List.of(MISSING_NEXT))).isPresent();
  }

  @Test
  void aDiagnosticWithoutLocationHasNoLocationMember() {
    assertThat(ValidationComparator.toAwsJson(Diagnostic.error("C", "m", null)).has("location"))
        .isFalse();
  }

  private static ValidationCase create(String message) {
    return new ValidationCase(
        "test_x__y",
        ValidationCase.CREATE_STATE_MACHINE,
        "{}",
        false,
        "InvalidDefinition",
        message,
        Json.NODES.objectNode());
  }

  private static ValidationCase validate(String response) throws Exception {
    return new ValidationCase(
        "test_x__y",
        ValidationCase.VALIDATE_DEFINITION,
        "{}",
        false,
        null,
        null,
        Json.parse(response));
  }
}
