package io.stepwise.engine.run;

/** How an execution stands, as AWS's {@code ExecutionStatus}. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE
}
