package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.CreateStateMachineAliasInput;
import io.stepwise.server.model.CreateStateMachineAliasOutput;

/** {@code CreateStateMachineAlias}: idempotent for a repeat of the same request. */
public final class CreateStateMachineAliasAction
    implements Action<CreateStateMachineAliasInput, CreateStateMachineAliasOutput> {
  private final ServerContext context;

  public CreateStateMachineAliasAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<CreateStateMachineAliasInput> inputType() {
    return CreateStateMachineAliasInput.class;
  }

  @Override
  public CreateStateMachineAliasOutput handle(CreateStateMachineAliasInput input) {
    StateMachineAlias alias =
        context
            .registry()
            .aliases()
            .createStateMachineAlias(
                input.name(), input.description(), Routing.entries(input.routingConfiguration()));
    return new CreateStateMachineAliasOutput(alias.arn(), alias.creationDate());
  }
}
