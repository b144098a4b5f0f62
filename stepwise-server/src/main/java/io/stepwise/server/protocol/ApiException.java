package io.stepwise.server.protocol;

/**
 * An error the API answers with, named after AWS's error shape, for the errors that the engine has
 * no type of its own for (the protocol's, and a few of the execution API's). {@link ErrorMapper}
 * turns it into {@code {"__type": type(), "message": getMessage()}}.
 *
 * <p>These are outcomes a client caused, not bugs, so they carry no stack trace.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;

  /**
   * @param type AWS's error shape, such as {@code ExecutionDoesNotExist}
   * @param message the message, worded as AWS words it where we know how
   */
  public ApiException(String type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  /** AWS's error shape. */
  public String type() {
    return type;
  }

  /** The target names no action this server has. */
  public static ApiException unknownOperation(String target) {
    return new ApiException(
        "UnknownOperationException",
        target == null ? "Missing the X-Amz-Target header" : "Unknown operation: " + target);
  }

  /** The body is not JSON, or a member has a type the shape does not allow. */
  public static ApiException serialization(String message) {
    return new ApiException("SerializationException", message);
  }

  /** The request breaks one of the shape's constraints. */
  public static ApiException validation(String message) {
    return new ApiException("ValidationException", message);
  }

  /**
   * A member's value breaks a constraint of its shape, worded as AWS words it: {@code 1 validation
   * error detected: Value 'v' at 'member' failed to satisfy constraint: Member must <rule>}.
   */
  public static ApiException constraint(Object value, String member, String rule) {
    return validation(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: Member must "
            + rule);
  }

  /** No map run has this ARN. */
  public static ApiException mapRunDoesNotExist(String mapRunArn) {
    return new ApiException("ResourceNotFound", "Map Run does not exist: " + mapRunArn);
  }

  /** No execution has this ARN. */
  public static ApiException executionDoesNotExist(String executionArn) {
    return new ApiException(
        "ExecutionDoesNotExist", "Execution Does Not Exist: '" + executionArn + "'");
  }

  /** The action does not apply to this type of state machine. */
  public static ApiException typeNotSupported(String message) {
    return new ApiException("StateMachineTypeNotSupported", message);
  }

  /** The execution input is not a JSON text. */
  public static ApiException invalidExecutionInput(String message) {
    return new ApiException("InvalidExecutionInput", message);
  }
}
