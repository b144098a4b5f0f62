package io.stepwise.engine.teststate;

/**
 * A TestState call, named after AWS's {@code TestStateInput}. Payload members are JSON text, as on
 * the wire.
 *
 * @param definition one state's definition, or with {@code stateName} a whole state machine's
 * @param roleArn the role the state would run with; required to test a Task without a mock
 * @param input the state's input as JSON text; {@code null} means {@code {}}
 * @param inspectionLevel how much to report; {@code null} means INFO
 * @param revealSecrets whether HTTP tasks may show secrets in their TRACE data
 * @param variables the variables in scope, as a JSON object's text, or {@code null}
 * @param stateName the state of a whole-machine {@code definition} to test, or {@code null}
 * @param mock a mocked result or error for Task, Map and Parallel states, or {@code null}
 * @param context the context object ({@code $$}) as JSON text, or {@code null} for one made up
 * @param stateConfiguration Retry, Map and error settings to test with, or {@code null}
 */
public record TestStateRequest(
    String definition,
    String roleArn,
    String input,
    InspectionLevel inspectionLevel,
    boolean revealSecrets,
    String variables,
    String stateName,
    Mock mock,
    String context,
    StateConfiguration stateConfiguration) {

  /** A request with only a definition and an input, at INFO level. */
  public static TestStateRequest of(String definition, String input) {
    return new TestStateRequest(definition, null, input, null, false, null, null, null, null, null);
  }

  /** The inspection level, INFO when none was given. */
  public InspectionLevel level() {
    return inspectionLevel == null ? InspectionLevel.INFO : inspectionLevel;
  }

  /** How a mocked result is checked against the API of the service the task calls. */
  public enum FieldValidationMode {
    /** Every field must be the API's, of its type, and the required ones present. */
    STRICT,
    /** The fields present must be of their API types. */
    PRESENT,
    /** No check. */
    NONE
  }

  /**
   * AWS's {@code MockInput}: exactly one of {@code result} and {@code errorOutput}.
   *
   * @param result the mocked result as JSON text, or {@code null}
   * @param errorOutput the mocked error, or {@code null}
   * @param fieldValidationMode how {@code result} is checked; {@code null} means STRICT
   */
  public record Mock(
      String result, MockError errorOutput, FieldValidationMode fieldValidationMode) {
    /** The validation mode, STRICT when none was given. */
    public FieldValidationMode validationMode() {
      return fieldValidationMode == null ? FieldValidationMode.STRICT : fieldValidationMode;
    }
  }

  /** AWS's {@code MockErrorOutput}: the error a mocked task fails with. */
  public record MockError(String error, String cause) {}

  /**
   * AWS's {@code TestStateConfiguration}.
   *
   * @param retrierRetryCount the retries already made by the matching retrier, or {@code null}
   * @param errorCausedByState the state inside a Map or Parallel that the mocked error comes from
   * @param mapIterationFailureCount how many Map iterations fail, or {@code null}
   * @param mapItemReaderData the items an ItemReader would read, as JSON text, or {@code null}
   */
  public record StateConfiguration(
      Integer retrierRetryCount,
      String errorCausedByState,
      Integer mapIterationFailureCount,
      String mapItemReaderData) {}
}
