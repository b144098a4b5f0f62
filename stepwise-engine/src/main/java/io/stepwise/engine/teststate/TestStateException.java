package io.stepwise.engine.teststate;

/**
 * A TestState request that AWS refuses: its error type ({@code InvalidDefinition} or {@code
 * ValidationException}) and AWS's message. An outcome the client caused, so without a stack trace.
 */
public final class TestStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** AWS's error shapes for a refused TestState request. */
  public enum Type {
    INVALID_DEFINITION("InvalidDefinition"),
    VALIDATION_EXCEPTION("ValidationException");

    private final String awsName;

    Type(String awsName) {
      this.awsName = awsName;
    }

    /** The name of AWS's error shape, as {@code __type} carries it. */
    public String awsName() {
      return awsName;
    }
  }

  private final Type type;

  TestStateException(Type type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  static TestStateException invalidDefinition(String message) {
    return new TestStateException(Type.INVALID_DEFINITION, message);
  }

  static TestStateException validation(String message) {
    return new TestStateException(Type.VALIDATION_EXCEPTION, message);
  }

  /** Which error AWS answers. */
  public Type type() {
    return type;
  }

  /** AWS's error type, such as {@code ValidationException}. */
  public String errorType() {
    return type.awsName();
  }
}
