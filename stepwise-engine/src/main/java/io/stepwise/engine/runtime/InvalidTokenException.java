package io.stepwise.engine.runtime;

/** The text given is not a task token: AWS's InvalidToken. */
public final class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException() {
    super("Invalid Token: 'Invalid token'");
  }
}
