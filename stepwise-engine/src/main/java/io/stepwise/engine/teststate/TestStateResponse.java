package io.stepwise.engine.teststate;

/**
 * The answer to a TestState call, named after AWS's {@code TestStateOutput}. Payloads are JSON
 * text.
 *
 * @param output the state's output, or {@code null} when it failed or will be retried
 * @param error the error, for FAILED, RETRIABLE and CAUGHT_ERROR
 * @param cause the cause of the error, where it has one
 * @param inspectionData the data after each step, at DEBUG and TRACE; {@code null} at INFO
 * @param nextState the state that would run next, or {@code null}
 * @param status how the state ended
 */
public record TestStateResponse(
    String output,
    String error,
    String cause,
    InspectionData inspectionData,
    String nextState,
    Status status) {

  /** AWS's {@code TestExecutionStatus}. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    /** The state failed and a retrier would run it again. */
    RETRIABLE,
    /** The state failed and a catcher would handle the error. */
    CAUGHT_ERROR
  }
}
