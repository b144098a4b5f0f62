package io.stepwise.asl.intrinsic;

/** Thrown at compile time for an intrinsic call that cannot be parsed or names no function. */
public final class InvalidIntrinsicException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidIntrinsicException(String message) {
    super(message);
  }
}
