package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Checks JSONPath payload templates (Parameters, ResultSelector, ItemSelector, Assign): every
 * {@code .$} key must hold a path or an intrinsic call, at any depth.
 */
final class PayloadTemplateChecks {

  private PayloadTemplateChecks() {}

  /** Checks the template held by {@code field} of the object at {@code container}. */
  static void check(JsonNode template, String field, Location container, ValidationContext ctx) {
    walk(template, container.field(field), ctx);
  }

  private static void walk(JsonNode node, Location at, ValidationContext ctx) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        if (key.endsWith(".$")) {
          if (!value.isTextual() || !PathChecks.isPathOrIntrinsic(value.textValue())) {
            ctx.schema(
                "The value for the field '"
                    + key
                    + "' must be a valid JSONPath or a valid intrinsic function call",
                at);
          }
        } else {
          walk(value, at.field(key), ctx);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at.index(i), ctx);
      }
    }
  }
}
