package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.UpdateStateMachineAliasInput;
import io.stepwise.server.model.UpdateStateMachineAliasOutput;

/** {@code UpdateStateMachineAlias}: a new description, a new routing, or both. */
public final class UpdateStateMachineAliasAction
    implements Action<UpdateStateMachineAliasInput, UpdateStateMachineAliasOutput> {
  private final ServerContext context;

  public UpdateStateMachineAliasAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<UpdateStateMachineAliasInput> inputType() {
    return UpdateStateMachineAliasInput.class;
  }

  @Override
  public UpdateStateMachineAliasOutput handle(UpdateStateMachineAliasInput input) {
    StateMachineAlias alias =
        context
            .registry()
            .aliases()
            .updateStateMachineAlias(
                input.stateMachineAliasArn(),
                input.description(),
                input.routingConfiguration() == null
                    ? null
                    : Routing.entries(input.routingConfiguration()));
    return new UpdateStateMachineAliasOutput(alias.updateDate());
  }
}
