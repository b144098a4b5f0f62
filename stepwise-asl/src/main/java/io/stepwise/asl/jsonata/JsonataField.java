package io.stepwise.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.Objects;

/**
 * A JSONata expression written in a named field of a state ({@code Items}, {@code Seconds}, {@code
 * Output/result}, ...), whose failures AWS words with that field's name, and which must yield a
 * value: undefined is an error there.
 */
public final class JsonataField {

  private final String field;
  private final CompiledJsonata expression;

  private JsonataField(String field, CompiledJsonata expression) {
    this.field = field;
    this.expression = expression;
  }

  /**
   * Compiles a {@code {% %}} expression (delimiters optional) for a field.
   *
   * @param field the field's path in the state, as AWS names it in causes; {@code null} if unknown
   * @throws InvalidJsonataException if the text is not valid JSONata
   */
  public static JsonataField compile(String field, String expression) {
    return compile(field, expression, JsonataBudget.DEFAULT);
  }

  /** As {@link #compile(String, String)}, with an evaluation budget of its own. */
  public static JsonataField compile(String field, String expression, JsonataBudget budget) {
    return new JsonataField(field, CompiledJsonata.compile(expression, budget));
  }

  /** The field's path, or {@code null}. */
  public String field() {
    return field;
  }

  /** The expression text without delimiters. */
  public String text() {
    return expression.text();
  }

  /**
   * Evaluates the expression.
   *
   * @return the value, never {@code null} (JSON null is a {@code NullNode})
   * @throws FailureException {@code States.QueryEvaluationError} when evaluation fails or yields
   *     nothing
   */
  public JsonNode evaluate(EvaluationContext context) {
    JsonNode value = expression.evaluate(context, field);
    if (value == null) {
      throw new FailureException(
          StatesError.QUERY_EVALUATION_ERROR,
          JsonataCauses.returnedNothing(expression.text(), field),
          field);
    }
    return value;
  }

  /**
   * Evaluates the expression and requires a JSON type.
   *
   * @param expectedType {@code object}, {@code array}, {@code string}, {@code number}, {@code
   *     boolean} or {@code null}, as {@link JsonataCauses#typeName} names them
   * @throws FailureException {@code States.QueryEvaluationError}, worded as AWS does, when the
   *     value is of another type
   */
  public JsonNode evaluate(EvaluationContext context, String expectedType) {
    Objects.requireNonNull(expectedType, "expectedType");
    JsonNode value = evaluate(context);
    if (!JsonataCauses.typeName(value).equals(expectedType)) {
      throw new FailureException(
          StatesError.QUERY_EVALUATION_ERROR,
          JsonataCauses.unexpectedType(expression.text(), field, expectedType, value),
          field);
    }
    return value;
  }

  @Override
  public String toString() {
    return field + ": " + expression;
  }
}
