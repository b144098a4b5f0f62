package io.stepwise.engine.machines;

/** A state machine of that name exists with a different definition or configuration. */
public final class StateMachineAlreadyExists extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public StateMachineAlreadyExists(String stateMachineArn) {
    super("State Machine Already Exists: '" + stateMachineArn + "'");
  }
}
