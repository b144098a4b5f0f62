package io.stepwise.asl.jsonata;

/** Thrown at compile time for text that is not valid JSONata. */
public final class InvalidJsonataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidJsonataException(String message) {
    super(message);
  }
}
