package io.stepwise.server.actions;

import io.stepwise.engine.interpreter.Execution;
import io.stepwise.server.MapRunArns;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DescribeMapRunInput;
import io.stepwise.server.model.DescribeMapRunOutput;
import io.stepwise.server.model.MapRunCounts;
import io.stepwise.server.protocol.ApiException;

/**
 * {@code DescribeMapRun}: a Distributed Map run's status, limits and progress. Each item runs as
 * one child workflow, so the execution counts are the item counts.
 */
public final class DescribeMapRunAction
    implements Action<DescribeMapRunInput, DescribeMapRunOutput> {
  private final ServerContext context;

  public DescribeMapRunAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeMapRunInput> inputType() {
    return DescribeMapRunInput.class;
  }

  @Override
  public DescribeMapRunOutput handle(DescribeMapRunInput input) {
    String arn = MapRunArns.check(input.mapRunArn());
    Execution.MapRunView run =
        context
            .runtime()
            .describeMapRun(arn)
            .orElseThrow(() -> ApiException.mapRunDoesNotExist(arn));
    MapRunCounts counts = counts(run.itemCounts());
    return new DescribeMapRunOutput(
        run.mapRunArn(),
        run.executionArn(),
        run.status(),
        run.startDate(),
        run.stopDate(),
        run.maxConcurrency(),
        run.toleratedFailurePercentage(),
        run.toleratedFailureCount(),
        counts,
        counts,
        run.redriveCount(),
        run.redriveDate());
  }

  private static MapRunCounts counts(Execution.MapRunCounts counts) {
    return new MapRunCounts(
        counts.pending(),
        counts.running(),
        counts.succeeded(),
        counts.failed(),
        0,
        counts.aborted(),
        counts.total(),
        0,
        0,
        0);
  }
}
