package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** The smallest {@link EvaluationContext}: an input, a context object and fixed variables. */
record TestContext(JsonNode input, JsonNode contextObject, Map<String, JsonNode> variables)
    implements EvaluationContext {

  static TestContext of(String inputJson) {
    return new TestContext(json(inputJson), Json.NODES.objectNode(), Map.of());
  }

  static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public RandomGenerator random() {
    return new Random(0);
  }
}
