package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an evaluated {@code Assign} object into the variables it sets. */
final class AssignedVariables {
  private AssignedVariables() {}

  static Map<String, JsonNode> toMap(JsonNode assign) {
    if (assign == null || !assign.isObject() || assign.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : assign.properties()) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
