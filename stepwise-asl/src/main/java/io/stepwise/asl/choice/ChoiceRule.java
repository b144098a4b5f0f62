package io.stepwise.asl.choice;

import io.stepwise.asl.eval.EvaluationContext;

/** PLACEHOLDER until the choice-rules branch lands. */
public interface ChoiceRule {
  boolean matches(EvaluationContext context);
}
