package io.stepwise.asl.choice;

import io.stepwise.asl.eval.EvaluationContext;
import java.util.Objects;

/** {@code "Not": {...}}: holds when the nested rule does not. */
public record Not(ChoiceRule rule) implements ChoiceRule {

  public Not {
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public boolean matches(EvaluationContext context) {
    return !rule.matches(context);
  }
}
