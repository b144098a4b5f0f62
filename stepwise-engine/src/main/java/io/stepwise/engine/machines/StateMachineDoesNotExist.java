package io.stepwise.engine.machines;

/** No state machine (nor version) has this ARN. */
public final class StateMachineDoesNotExist extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public StateMachineDoesNotExist(String stateMachineArn) {
    super("State Machine Does Not Exist: '" + stateMachineArn + "'");
  }
}
