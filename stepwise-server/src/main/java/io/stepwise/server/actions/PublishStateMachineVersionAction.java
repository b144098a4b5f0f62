package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.PublishStateMachineVersionInput;
import io.stepwise.server.model.PublishStateMachineVersionOutput;

/** {@code PublishStateMachineVersion}: a new version only if the current revision has none. */
public final class PublishStateMachineVersionAction
    implements Action<PublishStateMachineVersionInput, PublishStateMachineVersionOutput> {
  private final ServerContext context;

  public PublishStateMachineVersionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<PublishStateMachineVersionInput> inputType() {
    return PublishStateMachineVersionInput.class;
  }

  @Override
  public PublishStateMachineVersionOutput handle(PublishStateMachineVersionInput input) {
    StateMachineVersion version =
        context
            .registry()
            .publishStateMachineVersion(
                input.stateMachineArn(), input.revisionId(), input.description());
    return new PublishStateMachineVersionOutput(version.creationDate(), version.arn());
  }
}
