package io.stepwise.asl.jsonata;

/**
 * An evaluation error raised by our own code (Step Functions' functions, conversions, the budget),
 * carrying the detail that follows AWS's sentence, such as {@code "T0410: ..."}.
 *
 * <p>No stack trace: these are outcomes of user data, not bugs.
 */
final class JsonataRuntimeError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JsonataRuntimeError(String detail) {
    super(detail, null, false, false);
  }

  /** The text that follows AWS's "threw an error during evaluation." sentence. */
  String detail() {
    return getMessage();
  }
}
