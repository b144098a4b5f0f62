package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.time.Timestamps;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code TimestampEquals}, {@code TimestampLessThan}, {@code TimestampGreaterThan}, {@code
 * TimestampLessThanEquals}, {@code TimestampGreaterThanEquals} and their {@code ...Path} forms.
 *
 * <p>Both sides must be strings that {@link Timestamps#parse} accepts; they compare as instants, so
 * {@code 2012-10-09T19:00:55Z} equals {@code 2012-10-09T20:00:55+01:00}. Anything else (a number, a
 * date without a time, a time without a zone) makes the rule false.
 */
public record TimestampComparison(PathExpression variable, Ordering ordering, Operand operand)
    implements ChoiceRule {

  public TimestampComparison {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(ordering, "ordering");
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    Instant value = instant(ConditionPaths.valueAt(variable, context));
    Instant other = instant(operand.resolve(context));
    return value != null && other != null && ordering.holds(value.compareTo(other));
  }

  private static Instant instant(JsonNode node) {
    return node.isTextual() ? Timestamps.parse(node.textValue()) : null;
  }
}
