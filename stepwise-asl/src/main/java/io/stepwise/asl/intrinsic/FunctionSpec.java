package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * One intrinsic function: its name, how many arguments it takes (checked when a definition is
 * compiled, as AWS does), and what it computes.
 *
 * @param name the full name, such as {@code States.Format}
 * @param minArguments the fewest arguments accepted
 * @param maxArguments the most arguments accepted ({@link #UNBOUNDED} for no limit)
 * @param body the computation
 */
record FunctionSpec(String name, int minArguments, int maxArguments, Body body) {

  static final int UNBOUNDED = Integer.MAX_VALUE;

  /** What a function computes from its evaluated arguments. */
  @FunctionalInterface
  interface Body {
    /**
     * @throws io.stepwise.asl.error.FailureException when the arguments are of the wrong type or
     *     out of range
     */
    JsonNode apply(CallArguments arguments, EvaluationContext context);
  }

  static FunctionSpec exactly(String name, int count, Body body) {
    return new FunctionSpec(name, count, count, body);
  }

  boolean accepts(int count) {
    return count >= minArguments && count <= maxArguments;
  }

  /** The accepted argument counts, as a compile-time error message shows them. */
  String arityText() {
    if (minArguments == maxArguments) {
      return Integer.toString(minArguments);
    }
    return maxArguments == UNBOUNDED
        ? "at least " + minArguments
        : "between " + minArguments + " and " + maxArguments;
  }
}
