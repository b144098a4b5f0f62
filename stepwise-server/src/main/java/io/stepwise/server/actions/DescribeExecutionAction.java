package io.stepwise.server.actions;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.interpreter.ChildExecutionView;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ExecutionArns;
import io.stepwise.server.ExecutionOrigins;
import io.stepwise.server.RedriveDates;
import io.stepwise.server.RedriveStatus;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.CloudWatchEventsExecutionDataDetails;
import io.stepwise.server.model.DescribeExecutionInput;
import io.stepwise.server.model.DescribeExecutionOutput;
import java.util.Optional;

/**
 * {@code DescribeExecution}: status, input and output, and whether it can be redriven; for a
 * Distributed Map run's child workflow execution, also the run's ARN.
 */
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
    String arn = ExecutionArns.check(input.executionArn());
    if (ExecutionRuntime.isMapRunChild(arn)) {
      return child(context.childExecution(arn));
    }
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
        execution.traceHeader(),
        null,
        execution.error(),
        execution.cause(),
        origin.map(ExecutionOrigins.Origin::versionArn).orElse(null),
        origin.map(ExecutionOrigins.Origin::aliasArn).orElse(null),
        execution.redriveCount(),
        RedriveDates.of(context.storeOf(execution.executionArn()), execution),
        redrive.status(),
        redrive.reason());
  }

  /**
   * A Distributed Map run's child workflow execution (AWS describes Express ones too, as it does no
   * other Express execution). Its redrive status is left out: a child is redriven through its
   * parent, and AWS's wording for it is not known.
   */
  private static DescribeExecutionOutput child(ChildExecutionView child) {
    String output = child.output() == null ? null : Json.write(child.output());
    return new DescribeExecutionOutput(
        child.executionArn(),
        child.stateMachineArn(),
        child.name(),
        child.status(),
        child.startDate(),
        child.stopDate(),
        Json.write(child.input()),
        INCLUDED,
        output,
        output == null ? null : INCLUDED,
        null,
        child.mapRunArn(),
        child.error(),
        child.cause(),
        null,
        null,
        child.redriveCount(),
        child.redriveDate(),
        null,
        null);
  }
}
