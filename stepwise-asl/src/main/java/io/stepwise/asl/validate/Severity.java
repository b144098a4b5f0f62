package io.stepwise.asl.validate;

/** How serious a diagnostic is, as in AWS's ValidateStateMachineDefinition response. */
public enum Severity {
  ERROR,
  WARNING
}
