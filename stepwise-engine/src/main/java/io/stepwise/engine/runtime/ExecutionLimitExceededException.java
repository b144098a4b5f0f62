package io.stepwise.engine.runtime;

/** As many Standard executions are running as the runtime allows: AWS's ExecutionLimitExceeded. */
public final class ExecutionLimitExceededException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExecutionLimitExceededException(long limit) {
    super(
        "The maximum number of running executions has been reached ("
            + limit
            + "). Running executions must end or be stopped before a new execution can be"
            + " started.");
  }
}
