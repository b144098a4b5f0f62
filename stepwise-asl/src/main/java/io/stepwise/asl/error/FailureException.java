package io.stepwise.asl.error;

/**
 * Carries a {@link Failure} out of evaluation code (paths, templates, intrinsic functions, JSONata)
 * up to the state being run, which turns it back into a value for Retry and Catch.
 *
 * <p>These are expected outcomes of user data, not bugs, so no stack trace is captured: building
 * one would dominate the cost of a failing evaluation.
 */
public final class FailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Failure failure;
  private final String location;

  public FailureException(Failure failure) {
    this(failure, null);
  }

  /**
   * @param location the field that failed to evaluate, as AWS names it in EvaluationFailed events
   *     ({@code Items}, {@code Output/result}); {@code null} when not known
   */
  public FailureException(Failure failure, String location) {
    super(failure.error() + ": " + failure.cause(), null, false, false);
    this.failure = failure;
    this.location = location;
  }

  public FailureException(StatesError error, String cause) {
    this(Failure.of(error, cause));
  }

  public FailureException(StatesError error, String cause, String location) {
    this(Failure.of(error, cause), location);
  }

  public Failure failure() {
    return failure;
  }

  /** The field that failed to evaluate, or {@code null}. */
  public String location() {
    return location;
  }
}
