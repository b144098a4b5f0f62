package io.stepwise.asl.error;

/**
 * An ASL error as data: the error name that Retry and Catch match, and the human-readable cause.
 *
 * <p>Failures flow through retriers and catchers and end up in history events and API responses
 * exactly as written here, so the texts must be AWS's.
 *
 * @param error the error name, such as {@code States.Runtime} or a task's own error type; {@code
 *     null} only for a Fail state that names none
 * @param cause the cause text; may be {@code null} where AWS leaves it out
 */
public record Failure(String error, String cause) {
  public static Failure of(StatesError error, String cause) {
    return new Failure(error.errorName(), cause);
  }

  /** This failure as an exception, for unwinding out of deep evaluation code. */
  public FailureException toException() {
    return new FailureException(this);
  }
}
