package io.stepwise.server.actions;

import io.stepwise.engine.machines.UpdateStateMachineRequest;
import io.stepwise.engine.machines.UpdatedStateMachine;
import io.stepwise.server.JsonText;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.UpdateStateMachineInput;
import io.stepwise.server.model.UpdateStateMachineOutput;

/** {@code UpdateStateMachine}: a new revision; running executions keep what they started with. */
public final class UpdateStateMachineAction
    implements Action<UpdateStateMachineInput, UpdateStateMachineOutput> {
  private final ServerContext context;

  public UpdateStateMachineAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<UpdateStateMachineInput> inputType() {
    return UpdateStateMachineInput.class;
  }

  @Override
  public UpdateStateMachineOutput handle(UpdateStateMachineInput input) {
    UpdatedStateMachine updated =
        context
            .registry()
            .updateStateMachine(
                new UpdateStateMachineRequest(
                    input.stateMachineArn(),
                    input.definition(),
                    input.roleArn(),
                    JsonText.of(input.loggingConfiguration()),
                    JsonText.of(input.tracingConfiguration()),
                    Boolean.TRUE.equals(input.publish()),
                    input.versionDescription()));
    return new UpdateStateMachineOutput(
        updated.updateDate(),
        updated.stateMachine().revisionId(),
        updated.version() == null ? null : updated.version().arn());
  }
}
