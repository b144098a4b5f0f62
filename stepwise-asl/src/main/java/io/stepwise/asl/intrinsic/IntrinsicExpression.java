package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * A compiled intrinsic function call such as {@code States.Format('{}', $.name)}, with nested
 * calls, literals and path arguments resolved at compile time.
 */
public interface IntrinsicExpression {

  /** The expression as written in the definition. */
  String text();

  /**
   * Evaluates the call.
   *
   * @throws io.stepwise.asl.error.FailureException with AWS's error name and cause when an argument
   *     is missing or of the wrong type
   */
  JsonNode evaluate(EvaluationContext context);

  /**
   * Whether a string in a definition is written as an intrinsic call (starts with {@code States.}).
   */
  static boolean looksLikeIntrinsic(String text) {
    return text.startsWith("States.");
  }

  /**
   * Compiles an intrinsic call.
   *
   * @throws InvalidIntrinsicException if the text is not a valid call of a known function
   */
  static IntrinsicExpression compile(String text) {
    return IntrinsicParser.parse(text);
  }
}
