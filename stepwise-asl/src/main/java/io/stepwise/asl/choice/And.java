package io.stepwise.asl.choice;

import io.stepwise.asl.eval.EvaluationContext;
import java.util.List;

/** {@code "And": [...]}: holds when every nested rule holds; stops at the first that does not. */
public record And(List<ChoiceRule> rules) implements ChoiceRule {

  public And {
    rules = List.copyOf(rules);
  }

  @Override
  public boolean matches(EvaluationContext context) {
    for (ChoiceRule rule : rules) {
      if (!rule.matches(context)) {
        return false;
      }
    }
    return true;
  }
}
