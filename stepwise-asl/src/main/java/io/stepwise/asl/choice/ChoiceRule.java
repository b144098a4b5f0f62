package io.stepwise.asl.choice;

import io.stepwise.asl.eval.EvaluationContext;

/**
 * A JSONPath choice rule: a boolean expression over the state input, the context object and
 * variables. A Choice state takes the {@code Next} of the first of its rules that matches.
 *
 * <p>Build rules with {@link ChoiceRuleParser#parse}. Evaluation follows AWS: a comparison with a
 * value of the wrong type is simply false, but a {@code Variable} (or a {@code ...Path} operand)
 * that names nothing fails with {@code States.Runtime}, except for {@code IsPresent}.
 */
public sealed interface ChoiceRule
    permits And,
        Or,
        Not,
        StringComparison,
        StringMatch,
        NumericComparison,
        BooleanComparison,
        TimestampComparison,
        TypeTest {

  /**
   * Whether the rule holds in this context.
   *
   * @throws io.stepwise.asl.error.FailureException {@code States.Runtime} when a path the rule
   *     compares names nothing
   */
  boolean matches(EvaluationContext context);
}
