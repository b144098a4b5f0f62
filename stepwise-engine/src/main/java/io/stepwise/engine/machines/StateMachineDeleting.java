package io.stepwise.engine.machines;

/** The state machine is being deleted: it takes no new executions, versions or aliases. */
public final class StateMachineDeleting extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public StateMachineDeleting(String stateMachineArn) {
    super("State Machine is being deleted: '" + stateMachineArn + "'");
  }
}
