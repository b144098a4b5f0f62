package io.stepwise.asl.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.random.RandomGenerator;

/**
 * What an expression can see while a state runs: its input ({@code $}), the context object ({@code
 * $$}), the variables in scope ({@code $name}), and, for JSONata's {@code $states}, the task result
 * and the error output where the state has one.
 *
 * <p>Read-only by design: evaluators never change execution state.
 */
public interface EvaluationContext {

  /** The value that {@code $} denotes: the state's effective input at this point. */
  JsonNode input();

  /** The context object, {@code $$} in JSONPath and {@code $states.context} in JSONata. */
  JsonNode contextObject();

  /**
   * The value of a variable visible in this scope, or {@code null} if no such variable is assigned.
   */
  JsonNode variable(String name);

  /** The result of the state's work ({@code $states.result}), or {@code null} if there is none. */
  default JsonNode result() {
    return null;
  }

  /** The error output of a caught error ({@code $states.errorOutput}), or {@code null}. */
  default JsonNode errorOutput() {
    return null;
  }

  /**
   * The source of randomness for {@code States.MathRandom}, {@code States.UUID}, {@code $random}
   * and {@code $uuid}. The engine passes a generator seeded from the execution's snapshot, so that
   * replaying an execution yields the same values.
   */
  RandomGenerator random();

  /**
   * The time of the event being processed, for JSONata's {@code $now()} and {@code $millis()}, so
   * that a replay sees the times of the original run; {@code null} where there is no such time
   * (then JSONata's own clock is used).
   */
  default java.time.Instant now() {
    return null;
  }
}
