package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import java.util.Objects;

/**
 * {@code StringEquals}, {@code StringLessThan}, {@code StringGreaterThan}, {@code
 * StringLessThanEquals}, {@code StringGreaterThanEquals} and their {@code ...Path} forms.
 *
 * <p>Strings are ordered by {@link String#compareTo} (UTF-16 code units, no locale); when either
 * side is not a string the rule is false, so {@code 1} never equals {@code "1"}.
 */
public record StringComparison(PathExpression variable, Ordering ordering, Operand operand)
    implements ChoiceRule {

  public StringComparison {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(ordering, "ordering");
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    JsonNode value = ConditionPaths.valueAt(variable, context);
    JsonNode other = operand.resolve(context);
    if (!value.isTextual() || !other.isTextual()) {
      return false;
    }
    return ordering.holds(value.textValue().compareTo(other.textValue()));
  }
}
