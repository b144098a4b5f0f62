package io.stepwise.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.List;

/**
 * A path made only of member names and array indexes, walked directly over the tree. Most paths in
 * real definitions are of this kind, and this walk is several times faster than a general JSONPath
 * engine.
 */
record SimplePath(String text, Root root, String variableName, List<Object> segments)
    implements PathExpression {

  SimplePath {
    segments = List.copyOf(segments);
  }

  @Override
  public boolean isDefinite() {
    return true;
  }

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    JsonNode document = PathExpression.rootDocument(this, context);
    return document == null ? null : evaluateOn(document);
  }

  @Override
  public JsonNode evaluateOn(JsonNode document) {
    JsonNode node = document;
    for (Object segment : segments) {
      if (segment instanceof String name) {
        node = node.isObject() ? node.get(name) : null;
      } else {
        int index = (Integer) segment;
        node = node.isArray() ? node.get(index) : null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}
