package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import java.util.Objects;

/**
 * {@code BooleanEquals} and {@code BooleanEqualsPath}: both sides are JSON booleans and equal. The
 * string {@code "true"} is not a boolean, so it never matches.
 */
public record BooleanComparison(PathExpression variable, Operand operand) implements ChoiceRule {

  public BooleanComparison {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    JsonNode value = ConditionPaths.valueAt(variable, context);
    JsonNode other = operand.resolve(context);
    return value.isBoolean() && other.isBoolean() && value.booleanValue() == other.booleanValue();
  }
}
