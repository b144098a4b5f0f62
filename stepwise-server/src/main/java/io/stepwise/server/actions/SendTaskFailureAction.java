package io.stepwise.server.actions;

import io.stepwise.engine.runtime.InvalidTokenException;
import io.stepwise.engine.runtime.TaskTimedOutException;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.SendTaskFailureInput;

/** {@code SendTaskFailure}: the activity or callback task behind the token fails. */
public final class SendTaskFailureAction implements Action<SendTaskFailureInput, EmptyOutput> {
  private final ServerContext context;

  public SendTaskFailureAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<SendTaskFailureInput> inputType() {
    return SendTaskFailureInput.class;
  }

  @Override
  public EmptyOutput handle(SendTaskFailureInput input)
      throws InvalidTokenException, TaskTimedOutException {
    context.runtime().sendTaskFailure(input.taskToken(), input.error(), input.cause());
    return new EmptyOutput();
  }
}
