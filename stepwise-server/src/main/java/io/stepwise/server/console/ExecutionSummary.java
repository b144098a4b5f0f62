package io.stepwise.server.console;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.server.ExecutionArns;
import io.stepwise.server.model.DescribeExecutionOutput;
import java.util.Set;

/**
 * What the execution page's summary shows and which actions it offers.
 *
 * @param execution DescribeExecution's answer
 * @param running whether it may still change (RUNNING, PENDING_REDRIVE): Stop is offered
 * @param redrivable whether Redrive is offered: a Standard execution that failed, timed out or was
 *     aborted (RedriveExecution enforces AWS's other rules and its refusal is shown)
 * @param express whether it is an Express execution, which keeps no history
 */
public record ExecutionSummary(
    DescribeExecutionOutput execution, boolean running, boolean redrivable, boolean express) {
  private static final Set<ExecutionStatus> REDRIVABLE =
      Set.of(ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT, ExecutionStatus.ABORTED);

  static ExecutionSummary of(DescribeExecutionOutput execution) {
    boolean express = ExecutionArns.isExpress(execution.executionArn());
    boolean running =
        execution.status() == ExecutionStatus.RUNNING
            || execution.status() == ExecutionStatus.PENDING_REDRIVE;
    return new ExecutionSummary(
        execution, running, !express && REDRIVABLE.contains(execution.status()), express);
  }
}
