package io.stepwise.server.console;

/**
 * An action the console called refused, with AWS's error code: shown to the user as an SDK would
 * show it ({@code StateMachineDoesNotExist: ...}).
 */
public final class ApiCallFailed extends RuntimeException {
  private final String action;
  private final String code;

  public ApiCallFailed(String action, String code, String message) {
    super(message);
    this.action = action;
    this.code = code;
  }

  /** The action that refused, such as {@code StartExecution}. */
  public String action() {
    return action;
  }

  /** AWS's error code, such as {@code ExecutionAlreadyExists}. */
  public String code() {
    return code;
  }

  /** The error as one line: {@code Code: message}. */
  public String summary() {
    return getMessage() == null || getMessage().isEmpty() ? code : code + ": " + getMessage();
  }
}
