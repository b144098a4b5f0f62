package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * A compiled JSONata expression, the text between {@code {%} and {@code %}}, evaluated with Step
 * Functions' bindings: {@code $states} (input, result, errorOutput, context), the variables in
 * scope as {@code $name}, and Step Functions' own functions.
 */
public interface JsonataExpression {

  /** The expression text, without the {@code {% %}} delimiters. */
  String text();

  /**
   * Evaluates the expression.
   *
   * @return the value; {@code null} when the expression yields nothing (JSONata's undefined)
   * @throws io.stepwise.asl.error.FailureException {@code States.QueryEvaluationError} with AWS's
   *     cause text when evaluation fails or exceeds its time or depth budget
   */
  JsonNode evaluate(EvaluationContext context);

  /** Whether a string value is a JSONata expression: {@code {%} ... {@code %}}. */
  static boolean isExpression(String value) {
    return value.length() >= 4 && value.startsWith("{%") && value.endsWith("%}");
  }

  /**
   * Compiles the expression inside {@code {% %}}.
   *
   * @throws InvalidJsonataException if the text is not valid JSONata
   */
  static JsonataExpression compile(String expression) {
    return CompiledJsonata.compile(expression, JsonataBudget.DEFAULT);
  }

  /**
   * Compiles the expression inside {@code {% %}} with its own evaluation budget.
   *
   * @throws InvalidJsonataException if the text is not valid JSONata
   */
  static JsonataExpression compile(String expression, JsonataBudget budget) {
    return CompiledJsonata.compile(expression, budget);
  }
}
