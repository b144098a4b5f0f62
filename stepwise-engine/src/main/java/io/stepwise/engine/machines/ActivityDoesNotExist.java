package io.stepwise.engine.machines;

/** No activity has this ARN. */
public final class ActivityDoesNotExist extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public ActivityDoesNotExist(String activityArn) {
    super("Activity Does Not Exist: '" + activityArn + "'");
  }
}
