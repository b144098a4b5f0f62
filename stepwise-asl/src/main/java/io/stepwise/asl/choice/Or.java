package io.stepwise.asl.choice;

import io.stepwise.asl.eval.EvaluationContext;
import java.util.List;

/** {@code "Or": [...]}: holds when any nested rule holds; stops at the first that does. */
public record Or(List<ChoiceRule> rules) implements ChoiceRule {

  public Or {
    rules = List.copyOf(rules);
  }

  @Override
  public boolean matches(EvaluationContext context) {
    for (ChoiceRule rule : rules) {
      if (rule.matches(context)) {
        return true;
      }
    }
    return false;
  }
}
