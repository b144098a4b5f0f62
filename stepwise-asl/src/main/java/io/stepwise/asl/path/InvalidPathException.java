package io.stepwise.asl.path;

/** Thrown at compile time for text that is not a valid ASL path. */
public final class InvalidPathException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidPathException(String message) {
    super(message);
  }
}
