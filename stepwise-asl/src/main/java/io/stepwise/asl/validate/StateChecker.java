package io.stepwise.asl.validate;

import java.util.Set;

/** Validates the fields that belong to one state type. */
interface StateChecker {

  /** The fields this type accepts besides Type, Comment and QueryLanguage, in either language. */
  Set<String> fields();

  /** Whether the state moves on with Next/End (every type except Choice, Succeed and Fail). */
  default boolean transitions() {
    return true;
  }

  /** Checks the type's own fields; the shared ones are already checked. */
  void check(StateNode state, ValidationContext ctx);
}
