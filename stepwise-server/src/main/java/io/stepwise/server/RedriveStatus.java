package io.stepwise.server;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether an execution can be redriven, as {@code DescribeExecution} says it: AWS's {@code
 * ExecutionRedriveStatus} and the reason when it cannot.
 *
 * @param status {@code REDRIVABLE} or {@code NOT_REDRIVABLE}
 * @param reason why not, or {@code null} when it can
 */
public record RedriveStatus(String status, String reason) {
  /** AWS's window for redriving an ended execution. */
  private static final Duration REDRIVE_WINDOW = Duration.ofDays(14);

  /** AWS's cap on redrives of one execution. */
  private static final int MAX_REDRIVES = 1_000;

  /** How an execution stands at {@code now}. */
  public static RedriveStatus of(ExecutionRecord execution, Instant now) {
    if (execution.type() == StateMachineType.EXPRESS) {
      return not("Express executions cannot be redriven");
    }
    ExecutionStatus status = execution.status();
    if (status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED) {
      return not("Execution is " + status + " and cannot be redriven");
    }
    if (execution.stopDate() != null && execution.stopDate().plus(REDRIVE_WINDOW).isBefore(now)) {
      return not("Execution redrivable period exceeded");
    }
    if (execution.redriveCount() >= MAX_REDRIVES) {
      return not("Execution has been redriven " + MAX_REDRIVES + " times");
    }
    return new RedriveStatus("REDRIVABLE", null);
  }

  private static RedriveStatus not(String reason) {
    return new RedriveStatus("NOT_REDRIVABLE", reason);
  }
}
