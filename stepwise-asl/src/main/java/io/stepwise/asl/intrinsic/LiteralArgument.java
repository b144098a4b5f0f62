package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * A literal argument: a string in single quotes, a number, {@code true}, {@code false} or {@code
 * null}.
 *
 * @param value the literal's JSON value (escapes already resolved for strings)
 * @param source for a string literal, the text between the quotes exactly as written, escapes
 *     included; {@code States.Format} needs it to tell an escaped {@code \{} from a placeholder.
 *     {@code null} for other literals.
 */
record LiteralArgument(JsonNode value, String source) implements Argument {

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    // Literals are shared by every evaluation, so hand out a copy that callers may not corrupt.
    return value.deepCopy();
  }
}
