package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A fixed evaluation context for expression micro-benchmarks: an input, a context object and some
 * variables, as a state would see them.
 */
record BenchContext(JsonNode input, JsonNode contextObject, Map<String, JsonNode> variables)
    implements EvaluationContext {

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public RandomGenerator random() {
    return new SplittableRandom(42);
  }
}
