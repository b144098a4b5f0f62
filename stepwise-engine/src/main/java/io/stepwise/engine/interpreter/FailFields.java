package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.value.ValueExpression;

/**
 * A Fail state's {@code Error} and {@code Cause} (literal, path, intrinsic or JSONata), read as AWS
 * reads them: in an execution and in TestState alike.
 */
public final class FailFields {
  private FailFields() {}

  /** The failure a Fail state ends with, in this context. */
  public static Failure failure(FailState state, EvaluationContext context) {
    return new Failure(
        text(state.error(), context, "ErrorPath"), text(state.cause(), context, "CausePath"));
  }

  private static String text(ValueExpression expression, EvaluationContext context, String field) {
    if (expression == null) {
      return null;
    }
    JsonNode value = expression.evaluate(context);
    if (value == null) {
      throw new FailureException(
          StatesError.RUNTIME,
          "The JSONPath '"
              + expression.text()
              + "' specified for the field '"
              + field
              + "' could not be found in the input '"
              + Json.write(context.input())
              + "'");
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
