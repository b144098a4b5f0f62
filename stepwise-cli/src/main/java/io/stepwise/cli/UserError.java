package io.stepwise.cli;

/** A problem with what the user gave us, worded for them. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}
