package io.stepwise.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.path.PathExpression;

/** Reads the values a choice rule compares, failing as AWS does when a path names nothing. */
final class ConditionPaths {

  private ConditionPaths() {}

  /**
   * The value at {@code path}.
   *
   * @throws FailureException {@code States.Runtime} with AWS's cause when the path matches nothing
   *     (a missing field, or a variable that is not assigned). The engine puts the usual "An error
   *     occurred while executing the state ..." prefix in front of this cause.
   */
  static JsonNode valueAt(PathExpression path, EvaluationContext context) {
    JsonNode value = path.evaluate(context);
    if (!isPresent(path, value)) {
      throw new FailureException(StatesError.RUNTIME, invalidPathCause(path));
    }
    return value;
  }

  /**
   * Whether an evaluation result names something: a definite path found a node, or an indefinite
   * one (wildcards, filters) found at least one.
   */
  static boolean isPresent(PathExpression path, JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return false;
    }
    return path.isDefinite() || !value.isEmpty();
  }

  /** AWS's cause text for a condition path that names nothing. */
  static String invalidPathCause(PathExpression path) {
    return "Invalid path '"
        + path.text()
        + "': The choice state's condition path references an invalid value.";
  }
}
