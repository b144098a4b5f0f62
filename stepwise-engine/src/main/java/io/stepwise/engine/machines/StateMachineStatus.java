package io.stepwise.engine.machines;

/** Where a state machine stands: in use, or deleted once its running executions end. */
public enum StateMachineStatus {
  ACTIVE,
  DELETING
}
