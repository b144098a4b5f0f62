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

  public FailureException(Failure failure) {
    super(failure.error() + ": " + failure.cause(), null, false, false);
    this.failure = failure;
  }

  public FailureException(StatesError error, String cause) {
    this(Failure.of(error, cause));
  }

  public Failure failure() {
    return failure;
  }
}
