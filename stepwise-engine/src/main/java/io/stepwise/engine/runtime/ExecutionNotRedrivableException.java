package io.stepwise.engine.runtime;

/** The execution cannot be redriven: AWS's ExecutionNotRedrivable. */
public final class ExecutionNotRedrivableException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExecutionNotRedrivableException(String executionArn, String reason) {
    super("Execution '" + executionArn + "' cannot be redriven: " + reason);
  }
}
