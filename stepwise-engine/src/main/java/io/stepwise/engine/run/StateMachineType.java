package io.stepwise.engine.run;

/** The two kinds of state machine AWS offers. */
public enum StateMachineType {
  STANDARD,
  EXPRESS
}
