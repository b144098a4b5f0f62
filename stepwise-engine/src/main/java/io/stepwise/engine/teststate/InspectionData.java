package io.stepwise.engine.teststate;

/**
 * AWS's {@code InspectionData}: the state's data after each step of its data flow, as JSON text;
 * {@code null} for steps the state did not take.
 *
 * @param input the state's raw input
 * @param afterArguments JSONata: after {@code Arguments}
 * @param afterInputPath JSONPath: after {@code InputPath}
 * @param afterParameters JSONPath: after {@code Parameters}
 * @param result the result of the state's work
 * @param afterResultSelector JSONPath: after {@code ResultSelector}
 * @param afterResultPath JSONPath: after {@code ResultPath}
 * @param variables the variables in scope, where the request gave some
 * @param errorDetails which retrier or catcher handled an error
 * @param afterItemsPath Map: after {@code ItemsPath}
 * @param afterItemSelector Map: after {@code ItemSelector}
 * @param toleratedFailureCount Map: the evaluated {@code ToleratedFailureCount}
 * @param toleratedFailurePercentage Map: the evaluated {@code ToleratedFailurePercentage}
 * @param maxConcurrency Map: the evaluated {@code MaxConcurrency}
 */
public record InspectionData(
    String input,
    String afterArguments,
    String afterInputPath,
    String afterParameters,
    String result,
    String afterResultSelector,
    String afterResultPath,
    String variables,
    ErrorDetails errorDetails,
    String afterItemsPath,
    String afterItemSelector,
    Long toleratedFailureCount,
    Double toleratedFailurePercentage,
    Long maxConcurrency) {

  /**
   * AWS's {@code InspectionErrorDetails}.
   *
   * @param catchIndex the index of the catcher that handles the error, or {@code null}
   * @param retryIndex the index of the retrier that matched the error, or {@code null}
   * @param retryBackoffIntervalSeconds the wait before the retry, for RETRIABLE, or {@code null}
   */
  public record ErrorDetails(
      Integer catchIndex, Integer retryIndex, Long retryBackoffIntervalSeconds) {}
}
