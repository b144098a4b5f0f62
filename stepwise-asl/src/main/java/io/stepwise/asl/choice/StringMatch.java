package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;
import java.util.Objects;

/**
 * {@code StringMatches}: the variable is a string that the pattern's {@code *} wildcards match.
 *
 * <p>Kept apart from {@link StringComparison} because it carries a compiled pattern instead of an
 * operand and has no {@code Path} form.
 */
public record StringMatch(PathExpression variable, WildcardPattern pattern) implements ChoiceRule {

  public StringMatch {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    JsonNode value = ConditionPaths.valueAt(variable, context);
    return value.isTextual() && pattern.matches(value.textValue());
  }
}
