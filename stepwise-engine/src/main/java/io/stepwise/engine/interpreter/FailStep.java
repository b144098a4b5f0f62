package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.value.ValueExpression;

/** A Fail state ends its frame with {@code Error} and {@code Cause} (literal, path or JSONata). */
final class FailStep {
  private final Transition transition;

  FailStep(Transition transition) {
    this.transition = transition;
  }

  void run(Frame frame, FailState state, JsonNode input) {
    FrameContext context = new FrameContext(transition.execution, frame, input, null, null);
    String error = text(state.error(), context, "ErrorPath");
    String cause = text(state.cause(), context, "CausePath");
    transition.frameFailed(frame, new Failure(error, cause));
  }

  private static String text(ValueExpression expression, FrameContext context, String field) {
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
              + io.stepwise.asl.json.Json.write(context.input())
              + "'");
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
