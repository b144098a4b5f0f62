package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Value equality for JSON as intrinsic functions compare it: numbers by value ({@code 1} equals
 * {@code 1.0}), objects regardless of member order, arrays element by element.
 */
final class JsonValues {

  private JsonValues() {}

  /**
   * An integer node as the JSON parser would produce it for the same digits (an int where it fits),
   * so that results compare equal to parsed input.
   */
  static JsonNode integer(long value) {
    return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
  }

  /**
   * A copy in which every number is a decimal without trailing zeros, so that plain {@link
   * JsonNode#equals} and {@link JsonNode#hashCode} compare numbers by value.
   */
  static JsonNode canonical(JsonNode node) {
    if (node.isNumber()) {
      BigDecimal value =
          node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
              ? null
              : node.decimalValue().stripTrailingZeros();
      return value == null ? node : Json.NODES.numberNode(value);
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = Json.NODES.arrayNode(array.size());
      for (JsonNode element : array) {
        copy.add(canonical(element));
      }
      return copy;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = Json.NODES.objectNode();
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        copy.set(member.getKey(), canonical(member.getValue()));
      }
      return copy;
    }
    return node;
  }
}
