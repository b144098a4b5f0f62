package io.stepwise.server.actions;

import io.stepwise.engine.runtime.InvalidTokenException;
import io.stepwise.engine.runtime.TaskTimedOutException;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.SendTaskHeartbeatInput;

/**
 * {@code SendTaskHeartbeat}: the task behind the token is alive, so its {@code HeartbeatSeconds}
 * timer starts again.
 */
public final class SendTaskHeartbeatAction implements Action<SendTaskHeartbeatInput, EmptyOutput> {
  private final ServerContext context;

  public SendTaskHeartbeatAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<SendTaskHeartbeatInput> inputType() {
    return SendTaskHeartbeatInput.class;
  }

  @Override
  public EmptyOutput handle(SendTaskHeartbeatInput input)
      throws InvalidTokenException, TaskTimedOutException {
    context.runtime().sendTaskHeartbeat(input.taskToken());
    return new EmptyOutput();
  }
}
