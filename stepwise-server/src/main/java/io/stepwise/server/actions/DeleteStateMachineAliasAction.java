package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DeleteStateMachineAliasInput;
import io.stepwise.server.model.EmptyOutput;

/** {@code DeleteStateMachineAlias}: deleting what does not exist succeeds, as on AWS. */
public final class DeleteStateMachineAliasAction
    implements Action<DeleteStateMachineAliasInput, EmptyOutput> {
  private final ServerContext context;

  public DeleteStateMachineAliasAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DeleteStateMachineAliasInput> inputType() {
    return DeleteStateMachineAliasInput.class;
  }

  @Override
  public EmptyOutput handle(DeleteStateMachineAliasInput input) {
    context.registry().aliases().deleteStateMachineAlias(input.stateMachineAliasArn());
    context.tags().forget(input.stateMachineAliasArn());
    return new EmptyOutput();
  }
}
