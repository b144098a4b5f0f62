package io.stepwise.asl.validate;

import java.util.Set;

/** Pass: a Result (JSONPath) or Output (JSONata); no Retry or Catch. */
final class PassChecker implements StateChecker {

  @Override
  public Set<String> fields() {
    return Set.of(
        "InputPath",
        "OutputPath",
        "Result",
        "ResultPath",
        "Parameters",
        "Output",
        "Assign",
        "Next",
        "End");
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    // Result is any JSON value and Parameters is checked with the shared fields.
  }
}
