package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** A fixed evaluation context for tests: input, context object, variables, result, error output. */
record TestContext(
    JsonNode input,
    JsonNode contextObject,
    Map<String, JsonNode> variables,
    JsonNode result,
    JsonNode errorOutput,
    RandomGenerator random)
    implements EvaluationContext {

  static TestContext of(String inputJson) {
    return new TestContext(
        json(inputJson),
        json("{\"Execution\":{\"Name\":\"run-1\"}}"),
        Map.of(),
        null,
        null,
        new SplittableRandom(42));
  }

  TestContext withVariables(Map<String, JsonNode> vars) {
    return new TestContext(input, contextObject, vars, result, errorOutput, random);
  }

  TestContext withResult(String resultJson) {
    return new TestContext(input, contextObject, variables, json(resultJson), errorOutput, random);
  }

  TestContext withErrorOutput(String errorJson) {
    return new TestContext(input, contextObject, variables, result, json(errorJson), random);
  }

  TestContext withRandom(RandomGenerator generator) {
    return new TestContext(input, contextObject, variables, result, errorOutput, generator);
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static ObjectNode object() {
    return Json.NODES.objectNode();
  }
}
