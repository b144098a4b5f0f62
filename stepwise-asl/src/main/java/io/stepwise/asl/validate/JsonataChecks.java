package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.JsonataExpression;
import io.stepwise.asl.jsonata.InvalidJsonataException;
import java.util.Map;

/** Compiles the {@code {% %}} expressions of JSONata states, reporting those that do not parse. */
final class JsonataChecks {

  private JsonataChecks() {}

  /**
   * Checks one {@code {% %}} string. AWS's exact text for an unparsable expression is not known
   * to us; this one follows the wording AWS uses for bad paths in the same position.
   */
  static void expression(String text, String field, Location container, ValidationContext ctx) {
    String inner = text.substring(2, text.length() - 2);
    try {
      JsonataExpression.compile(inner);
    } catch (InvalidJsonataException e) {
      ctx.schema(
          "The value for the field '" + field + "' must be a valid JSONata expression", container);
    }
  }

  /** Checks every {@code {% %}} string anywhere inside {@code value}, the value of {@code field}. */
  static void tree(JsonNode value, String field, Location container, ValidationContext ctx) {
    if (value.isTextual()) {
      if (JsonataExpression.isExpression(value.textValue())) {
        expression(value.textValue(), field, container, ctx);
      }
    } else if (value.isObject()) {
      Location here = container.field(field);
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        tree(entry.getValue(), entry.getKey(), here, ctx);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        tree(value.get(i), field, container, ctx);
      }
    }
  }
}
