package io.stepwise.server.actions;

import io.stepwise.engine.machines.CreateStateMachineRequest;
import io.stepwise.engine.machines.CreatedStateMachine;
import io.stepwise.server.JsonText;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.CreateStateMachineInput;
import io.stepwise.server.model.CreateStateMachineOutput;

/** {@code CreateStateMachine}: idempotent for a repeat of the same request; tags are kept. */
public final class CreateStateMachineAction
    implements Action<CreateStateMachineInput, CreateStateMachineOutput> {
  private final ServerContext context;

  public CreateStateMachineAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<CreateStateMachineInput> inputType() {
    return CreateStateMachineInput.class;
  }

  @Override
  public CreateStateMachineOutput handle(CreateStateMachineInput input) {
    CreatedStateMachine created =
        context
            .registry()
            .createStateMachine(
                new CreateStateMachineRequest(
                    input.name(),
                    input.definition(),
                    input.roleArn(),
                    input.type(),
                    JsonText.of(input.loggingConfiguration()),
                    JsonText.of(input.tracingConfiguration()),
                    Boolean.TRUE.equals(input.publish()),
                    input.versionDescription()));
    String arn = created.stateMachine().arn();
    if (input.tags() != null && !input.tags().isEmpty()) {
      context.tags().tag(arn, input.tags());
    }
    return new CreateStateMachineOutput(
        arn,
        created.stateMachine().creationDate(),
        created.version() == null ? null : created.version().arn());
  }
}
