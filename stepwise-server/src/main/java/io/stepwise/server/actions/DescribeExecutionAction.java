package io.stepwise.server.actions;

import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ExecutionOrigins;
import io.stepwise.server.RedriveDates;
import io.stepwise.server.RedriveStatus;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.CloudWatchEventsExecutionDataDetails;
import io.stepwise.server.model.DescribeExecutionInput;
import io.stepwise.server.model.DescribeExecutionOutput;
import java.util.Optional;

/** {@code DescribeExecution}: status, input and output, and whether it can be redriven. */
public final class DescribeExecutionAction
    implements Action<DescribeExecutionInput, DescribeExecutionOutput> {
  private static final CloudWatchEventsExecutionDataDetails INCLUDED =
      new CloudWatchEventsExecutionDataDetails(true);

  private final ServerContext context;

  public DescribeExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeExecutionInput> inputType() {
    return DescribeExecutionInput.class;
  }

  @Override
  public DescribeExecutionOutput handle(DescribeExecutionInput input) {
    ExecutionRecord execution = context.execution(input.executionArn());
    Optional<ExecutionOrigins.Origin> origin = context.origins().of(execution.executionArn());
    RedriveStatus redrive = RedriveStatus.of(execution, context.clock().instant());
    return new DescribeExecutionOutput(
        execution.executionArn(),
        execution.stateMachineArn(),
        execution.name(),
        execution.status(),
        execution.startDate(),
        execution.stopDate(),
        execution.input(),
        INCLUDED,
        execution.output(),
        execution.output() == null ? null : INCLUDED,
        execution.error(),
        execution.cause(),
        origin.map(ExecutionOrigins.Origin::versionArn).orElse(null),
        origin.map(ExecutionOrigins.Origin::aliasArn).orElse(null),
        execution.redriveCount(),
        RedriveDates.of(context.storeOf(execution.executionArn()), execution),
        redrive.status(),
        redrive.reason());
  }
}
