package io.stepwise.asl.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * A compiled JSON value whose parts may be computed when a state runs: JSONPath payload templates
 * ({@code "key.$": "$.path"}) and JSONata templates ({@code "{% expr %}"} at any depth).
 */
public interface ValueTemplate {

  /**
   * Builds the value.
   *
   * @throws io.stepwise.asl.error.FailureException with AWS's error when a part cannot be computed
   */
  JsonNode evaluate(EvaluationContext context);
}
