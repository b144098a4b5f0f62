package io.stepwise.server.actions;

import io.stepwise.engine.machines.ActivityRecord;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DescribeActivityInput;
import io.stepwise.server.model.DescribeActivityOutput;

/** {@code DescribeActivity}: {@code ActivityDoesNotExist} for an ARN no activity has. */
public final class DescribeActivityAction
    implements Action<DescribeActivityInput, DescribeActivityOutput> {
  private final ServerContext context;

  public DescribeActivityAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DescribeActivityInput> inputType() {
    return DescribeActivityInput.class;
  }

  @Override
  public DescribeActivityOutput handle(DescribeActivityInput input) {
    ActivityRecord activity = context.activities().describe(input.activityArn());
    return new DescribeActivityOutput(
        activity.activityArn(), activity.name(), activity.creationDate());
  }
}
