package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineDescription;
import io.stepwise.server.JsonText;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DescribeStateMachineInput;
import io.stepwise.server.model.DescribeStateMachineOutput;

/** {@code DescribeStateMachine} of a state machine or of one of its versions. */
public final class DescribeStateMachineAction
    implements Action<DescribeStateMachineInput, DescribeStateMachineOutput> {
  private final ServerContext context;

  public DescribeStateMachineAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeStateMachineInput> inputType() {
    return DescribeStateMachineInput.class;
  }

  @Override
  public DescribeStateMachineOutput handle(DescribeStateMachineInput input) {
    StateMachineDescription machine =
        context.registry().describeStateMachine(input.stateMachineArn());
    return new DescribeStateMachineOutput(
        machine.stateMachineArn(),
        machine.name(),
        machine.status().name(),
        machine.definition(),
        machine.roleArn(),
        machine.type(),
        machine.creationDate(),
        JsonText.parse(machine.loggingConfiguration()),
        JsonText.parse(machine.tracingConfiguration()),
        machine.revisionId(),
        machine.description());
  }
}
