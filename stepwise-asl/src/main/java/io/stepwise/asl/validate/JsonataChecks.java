package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.InvalidJsonataException;
import io.stepwise.asl.jsonata.JsonataExpression;
import java.util.Map;

/**
 * Compiles the {@code {% %}} expressions of JSONata states, reporting each one that does not parse
 * where it is written.
 *
 * <p>AWS reports an unparsable expression with the code {@code INVALID_JSONATA_EXPRESSION} at the
 * field that holds it, nested keys and array elements included ({@code /States/S/Output/v}), as
 * published measurements of {@code ValidateStateMachineDefinition} show. Its exact message is not
 * confirmed; ours is the compiler's, naming the expression and what is wrong with it.
 */
final class JsonataChecks {

  private JsonataChecks() {}

  /**
   * Checks one {@code {% %}} string, the value of {@code field} in the object at {@code container}.
   */
  static void expression(String text, String field, Location container, ValidationContext ctx) {
    compile(text, container.field(field), ctx);
  }

  /**
   * Checks every {@code {% %}} string anywhere inside {@code value}, the value of {@code field}.
   */
  static void tree(JsonNode value, String field, Location container, ValidationContext ctx) {
    walk(value, container.field(field), ctx);
  }

  private static void walk(JsonNode value, Location at, ValidationContext ctx) {
    if (value.isTextual()) {
      if (JsonataExpression.isExpression(value.textValue())) {
        compile(value.textValue(), at, ctx);
      }
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        walk(entry.getValue(), at.field(entry.getKey()), ctx);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), at.index(i), ctx);
      }
    }
  }

  private static void compile(String text, Location at, ValidationContext ctx) {
    try {
      JsonataExpression.compile(text);
    } catch (InvalidJsonataException e) {
      ctx.error(DiagnosticCodes.INVALID_JSONATA_EXPRESSION, e.getMessage(), at);
    }
  }
}
