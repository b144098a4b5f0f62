package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DeleteActivityInput;
import io.stepwise.server.model.EmptyOutput;

/** {@code DeleteActivity}: deleting an activity that does not exist is no error, as on AWS. */
public final class DeleteActivityAction implements Action<DeleteActivityInput, EmptyOutput> {
  private final ServerContext context;

  public DeleteActivityAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DeleteActivityInput> inputType() {
    return DeleteActivityInput.class;
  }

  @Override
  public EmptyOutput handle(DeleteActivityInput input) {
    context.activities().delete(input.activityArn());
    context.tags().forget(input.activityArn());
    return new EmptyOutput();
  }
}
