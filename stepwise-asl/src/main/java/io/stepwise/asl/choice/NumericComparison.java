package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code NumericEquals}, {@code NumericLessThan}, {@code NumericGreaterThan}, {@code
 * NumericLessThanEquals}, {@code NumericGreaterThanEquals} and their {@code ...Path} forms.
 *
 * <p>Numbers compare by value whatever their JSON form, so {@code 1}, {@code 1.0} and {@code 1e0}
 * are equal. When either side is not a number (a numeric string such as {@code "1"}, a boolean,
 * null) the rule is false.
 */
public record NumericComparison(PathExpression variable, Ordering ordering, Operand operand)
    implements ChoiceRule {

  public NumericComparison {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(ordering, "ordering");
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    BigDecimal value = decimal(ConditionPaths.valueAt(variable, context));
    BigDecimal other = decimal(operand.resolve(context));
    return value != null && other != null && ordering.holds(value.compareTo(other));
  }

  /** The exact value of a number node, or {@code null} for anything else. */
  static BigDecimal decimal(JsonNode node) {
    if (!node.isNumber()) {
      return null;
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return null; // an out-of-range literal that the reader turned into infinity
    }
    return node.decimalValue();
  }
}
