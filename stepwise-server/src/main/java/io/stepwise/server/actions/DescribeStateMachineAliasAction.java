package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DescribeStateMachineAliasInput;
import io.stepwise.server.model.DescribeStateMachineAliasOutput;

/** {@code DescribeStateMachineAlias}. */
public final class DescribeStateMachineAliasAction
    implements Action<DescribeStateMachineAliasInput, DescribeStateMachineAliasOutput> {
  private final ServerContext context;

  public DescribeStateMachineAliasAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeStateMachineAliasInput> inputType() {
    return DescribeStateMachineAliasInput.class;
  }

  @Override
  public DescribeStateMachineAliasOutput handle(DescribeStateMachineAliasInput input) {
    StateMachineAlias alias =
        context.registry().aliases().describeStateMachineAlias(input.stateMachineAliasArn());
    return new DescribeStateMachineAliasOutput(
        alias.arn(),
        alias.name(),
        alias.description(),
        Routing.items(alias.routingConfiguration()),
        alias.creationDate(),
        alias.updateDate());
  }
}
