package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineApiException;
import io.stepwise.engine.machines.StateMachineArn;
import io.stepwise.engine.machines.StateMachineDescription;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ExecutionOrigins;
import io.stepwise.server.JsonText;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DescribeStateMachineForExecutionInput;
import io.stepwise.server.model.DescribeStateMachineForExecutionOutput;
import java.util.Optional;

/**
 * {@code DescribeStateMachineForExecution}: the definition the execution runs, which it kept when
 * the state machine was updated, with the state machine's (or version's) other attributes.
 */
public final class DescribeStateMachineForExecutionAction
    implements Action<
        DescribeStateMachineForExecutionInput, DescribeStateMachineForExecutionOutput> {
  private final ServerContext context;

  public DescribeStateMachineForExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeStateMachineForExecutionInput> inputType() {
    return DescribeStateMachineForExecutionInput.class;
  }

  @Override
  public DescribeStateMachineForExecutionOutput handle(
      DescribeStateMachineForExecutionInput input) {
    ExecutionRecord execution = context.execution(input.executionArn());
    String described =
        context
            .origins()
            .of(execution.executionArn())
            .map(ExecutionOrigins.Origin::versionArn)
            .orElse(execution.stateMachineArn());
    Optional<StateMachineDescription> machine = describe(described);
    return new DescribeStateMachineForExecutionOutput(
        execution.stateMachineArn(),
        machine
            .map(StateMachineDescription::name)
            .orElse(StateMachineArn.parse(execution.stateMachineArn()).name()),
        execution.definition(),
        machine.map(StateMachineDescription::roleArn).orElse(defaultRole(execution)),
        machine.map(StateMachineDescription::creationDate).orElse(execution.startDate()),
        machine.map(m -> JsonText.parse(m.loggingConfiguration())).orElse(null),
        machine.map(m -> JsonText.parse(m.tracingConfiguration())).orElse(null),
        machine.map(StateMachineDescription::revisionId).orElse(null));
  }

  /** The state machine, if it still exists: executions outlive their state machine. */
  private Optional<StateMachineDescription> describe(String arn) {
    try {
      return Optional.of(context.registry().describeStateMachine(arn));
    } catch (StateMachineApiException e) {
      return Optional.empty();
    }
  }

  private static String defaultRole(ExecutionRecord execution) {
    String[] parts = execution.stateMachineArn().split(":");
    return "arn:" + parts[1] + ":iam::" + parts[4] + ":role/stepwise";
  }
}
