package io.stepwise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.time.Instant;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What the tested state's expressions see: its input at this point, the context object, the
 * request's variables and, for JSONata's {@code $states}, the result or the error output.
 */
record TestStateContext(
    JsonNode input,
    JsonNode contextObject,
    Map<String, JsonNode> variables,
    JsonNode result,
    JsonNode errorOutput,
    RandomGenerator random,
    Instant now)
    implements EvaluationContext {

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  TestStateContext withInput(JsonNode newInput) {
    return new TestStateContext(
        newInput, contextObject, variables, result, errorOutput, random, now);
  }

  TestStateContext withResult(JsonNode newResult) {
    return new TestStateContext(
        input, contextObject, variables, newResult, errorOutput, random, now);
  }

  TestStateContext withErrorOutput(JsonNode newErrorOutput) {
    return new TestStateContext(
        input, contextObject, variables, result, newErrorOutput, random, now);
  }
}
