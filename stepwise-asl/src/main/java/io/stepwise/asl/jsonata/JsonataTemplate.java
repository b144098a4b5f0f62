package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/** PLACEHOLDER until the JSONata branch lands. */
public final class JsonataTemplate {
  private JsonataTemplate() {}

  public static JsonataTemplate compile(JsonNode template) {
    throw new InvalidJsonataException("JSONata templates land with the JSONata branch");
  }

  public JsonNode evaluate(EvaluationContext context) {
    throw new UnsupportedOperationException();
  }
}
