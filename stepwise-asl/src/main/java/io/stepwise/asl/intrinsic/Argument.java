package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * One argument of an intrinsic call, compiled once: a literal, a path, or a nested call. The tree
 * is immutable, so one compiled expression may be evaluated by many executions at once.
 */
sealed interface Argument permits LiteralArgument, PathArgument, FunctionCall {

  /**
   * The argument's value in this context.
   *
   * @throws io.stepwise.asl.error.FailureException when a path finds nothing or a nested call fails
   */
  JsonNode evaluate(EvaluationContext context);
}
