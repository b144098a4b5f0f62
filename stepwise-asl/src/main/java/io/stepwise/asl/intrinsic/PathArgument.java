package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.path.PathExpression;

/** A path argument such as {@code $.name}, {@code $$.Execution.Id} or {@code $var.field}. */
record PathArgument(PathExpression path) implements Argument {

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    JsonNode value = path.evaluate(context);
    if (value == null) {
      JsonNode document = PathExpression.rootDocument(path, context);
      throw new FailureException(
          StatesError.RUNTIME,
          "The JsonPath argument for the field '"
              + path.text()
              + "' could not be found in the input '"
              + (document == null ? "null" : Json.write(document))
              + "'");
    }
    return value;
  }
}
