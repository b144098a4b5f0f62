package io.stepwise.engine.interpreter;

import java.util.UUID;

/** Task tokens for callbacks, drawn from the execution's seeded generator so replay agrees. */
final class TaskTokens {
  private TaskTokens() {}

  static String next(Execution execution) {
    long high = execution.random.nextLong();
    long low = execution.random.nextLong();
    return new UUID(high, low).toString().replace("-", "") + execution.random.nextLong();
  }
}
