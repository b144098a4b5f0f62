package io.stepwise.engine.store;

/** An execution of that name already exists for the state machine. */
public final class ExecutionAlreadyExistsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String executionArn;

  public ExecutionAlreadyExistsException(String executionArn) {
    super("Execution Already Exists: '" + executionArn + "'");
    this.executionArn = executionArn;
  }

  /** The existing execution's ARN. */
  public String executionArn() {
    return executionArn;
  }
}
