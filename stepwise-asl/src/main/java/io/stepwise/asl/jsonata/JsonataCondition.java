package io.stepwise.asl.jsonata;

import io.stepwise.asl.eval.EvaluationContext;

/**
 * A Choice rule's JSONata {@code Condition}, which must yield a boolean.
 *
 * <p>AWS's wording for other values follows its wording for {@code Items}: "returned an unexpected
 * result type. Expected 'boolean', but was ...".
 */
public final class JsonataCondition {

  private final JsonataField field;

  private JsonataCondition(JsonataField field) {
    this.field = field;
  }

  /**
   * Compiles a condition.
   *
   * @param field the field's path as AWS names it in causes, such as {@code Condition}
   * @param expression the {@code {% %}} expression (delimiters optional)
   * @throws InvalidJsonataException if the text is not valid JSONata
   */
  public static JsonataCondition compile(String field, String expression) {
    return new JsonataCondition(JsonataField.compile(field, expression));
  }

  /** As {@link #compile(String, String)}, with an evaluation budget of its own. */
  public static JsonataCondition compile(String field, String expression, JsonataBudget budget) {
    return new JsonataCondition(JsonataField.compile(field, expression, budget));
  }

  /** The expression text without delimiters. */
  public String text() {
    return field.text();
  }

  /**
   * Whether the condition holds.
   *
   * @throws io.stepwise.asl.error.FailureException {@code States.QueryEvaluationError} when the
   *     expression fails, yields nothing, or yields something other than a boolean
   */
  public boolean test(EvaluationContext context) {
    return field.evaluate(context, "boolean").booleanValue();
  }
}
