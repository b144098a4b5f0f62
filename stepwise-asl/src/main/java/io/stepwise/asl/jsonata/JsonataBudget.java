package io.stepwise.asl.jsonata;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one JSONata evaluation may spend before it fails with {@code
 * States.QueryEvaluationError}: wall-clock time and nesting depth of evaluation steps.
 *
 * <p>JSONata optimises tail calls, so a runaway recursive function loops rather than overflowing
 * the stack and only the clock ends it; a non-tail recursion grows the depth instead. The defaults
 * are JSONata's own time-box values (5 seconds, depth 100), which is where AWS draws the line too.
 *
 * @param timeout the longest one evaluation may run
 * @param maxDepth the deepest evaluation steps may nest
 */
public record JsonataBudget(Duration timeout, int maxDepth) {

  /** Five seconds and a depth of 100. */
  public static final JsonataBudget DEFAULT = new JsonataBudget(Duration.ofSeconds(5), 100);

  public JsonataBudget {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1: " + maxDepth);
    }
  }
}
