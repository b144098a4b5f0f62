package io.stepwise.asl.validate;

import java.util.Set;

/** Succeed: a terminal state with only input and output filtering. */
final class SucceedChecker implements StateChecker {

  @Override
  public Set<String> fields() {
    return Set.of("InputPath", "OutputPath", "Output");
  }

  @Override
  public boolean transitions() {
    return false;
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    // Nothing beyond the shared fields.
  }
}
