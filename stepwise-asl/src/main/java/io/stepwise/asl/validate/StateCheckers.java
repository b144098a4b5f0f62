package io.stepwise.asl.validate;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checker for each state type, in the order AWS lists the types in its messages. */
final class StateCheckers {

  static final Map<String, StateChecker> BY_TYPE = build();

  private StateCheckers() {}

  private static Map<String, StateChecker> build() {
    Map<String, StateChecker> checkers = new LinkedHashMap<>();
    checkers.put("Task", new TaskChecker());
    checkers.put("Wait", new WaitChecker());
    checkers.put("Pass", new PassChecker());
    checkers.put("Succeed", new SucceedChecker());
    checkers.put("Fail", new FailChecker());
    checkers.put("Choice", new ChoiceChecker());
    checkers.put("Parallel", new ParallelChecker());
    checkers.put("Map", new MapChecker());
    return checkers;
  }
}
