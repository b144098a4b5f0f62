package io.stepwise.asl.validate;

/**
 * One problem found in a definition, shaped as AWS's {@code ValidateStateMachineDefinition} reports
 * it.
 *
 * @param severity ERROR makes the definition unusable; WARNING does not
 * @param code AWS's code, such as {@code SCHEMA_VALIDATION_FAILED} or {@code
 *     MISSING_TRANSITION_TARGET}
 * @param message the message as AWS words it
 * @param location a JSON pointer into the definition ({@code /States/Foo/Next}); {@code null} where
 *     AWS gives none
 */
public record Diagnostic(Severity severity, String code, String message, String location) {

  public static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(Severity.ERROR, code, message, location);
  }

  /**
   * The message as AWS puts it in an {@code InvalidDefinition} error: {@code CODE: text at /loc}.
   */
  public String toDefinitionErrorText() {
    return location == null ? code + ": " + message : code + ": " + message + " at " + location;
  }
}
