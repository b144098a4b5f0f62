package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DeleteStateMachineVersionInput;
import io.stepwise.server.model.EmptyOutput;

/** {@code DeleteStateMachineVersion}: refused while an alias routes to it. */
public final class DeleteStateMachineVersionAction
    implements Action<DeleteStateMachineVersionInput, EmptyOutput> {
  private final ServerContext context;

  public DeleteStateMachineVersionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DeleteStateMachineVersionInput> inputType() {
    return DeleteStateMachineVersionInput.class;
  }

  @Override
  public EmptyOutput handle(DeleteStateMachineVersionInput input) {
    context.registry().deleteStateMachineVersion(input.stateMachineVersionArn());
    context.tags().forget(input.stateMachineVersionArn());
    return new EmptyOutput();
  }
}
