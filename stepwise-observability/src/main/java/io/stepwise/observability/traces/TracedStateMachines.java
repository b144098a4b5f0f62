package io.stepwise.observability.traces;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Whether a state machine (or version) has its {@code tracingConfiguration} enabled. Asked once per
 * execution run, when the tracer first hears of it.
 */
@FunctionalInterface
public interface TracedStateMachines {

  /** Every state machine is traced. */
  TracedStateMachines ALL = arn -> true;

  boolean traced(String stateMachineArn);

  /**
   * Asks {@code lookup} at most once per state machine in each {@code ttl}: a state machine's
   * tracing changes rarely, and its executions start often.
   */
  static TracedStateMachines cached(Predicate<String> lookup, Duration ttl) {
    record Answer(boolean traced, long until) {}
    Map<String, Answer> answers = new ConcurrentHashMap<>();
    long ttlNanos = ttl.toNanos();
    return arn -> {
      long now = System.nanoTime();
      Answer answer = answers.get(arn);
      if (answer == null || now - answer.until() > 0) {
        if (answers.size() > 10_000) {
          answers.clear(); // Deleted state machines and versions are not remembered for ever.
        }
        answer = new Answer(lookup.test(arn), now + ttlNanos);
        answers.put(arn, answer);
      }
      return answer.traced();
    };
  }
}
