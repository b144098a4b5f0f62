package io.stepwise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;

/**
 * Collects a state's data after each step while it runs, and turns it into AWS's {@link
 * InspectionData} at DEBUG and TRACE.
 */
final class Inspection {
  JsonNode input;
  JsonNode afterArguments;
  JsonNode afterInputPath;
  JsonNode afterParameters;
  JsonNode result;
  JsonNode afterResultSelector;
  JsonNode afterResultPath;
  JsonNode variables;
  JsonNode afterItemsPath;
  JsonNode afterItemSelector;
  Long toleratedFailureCount;
  Double toleratedFailurePercentage;
  Long maxConcurrency;
  Integer catchIndex;
  Integer retryIndex;
  Long retryBackoffIntervalSeconds;

  /** The collected data, or {@code null} at INFO level where AWS reports none. */
  InspectionData build(InspectionLevel level) {
    if (level == InspectionLevel.INFO) {
      return null;
    }
    InspectionData.ErrorDetails errorDetails =
        catchIndex == null && retryIndex == null
            ? null
            : new InspectionData.ErrorDetails(catchIndex, retryIndex, retryBackoffIntervalSeconds);
    return new InspectionData(
        text(input),
        text(afterArguments),
        text(afterInputPath),
        text(afterParameters),
        text(result),
        text(afterResultSelector),
        text(afterResultPath),
        text(variables),
        errorDetails,
        text(afterItemsPath),
        text(afterItemSelector),
        toleratedFailureCount,
        toleratedFailurePercentage,
        maxConcurrency);
  }

  private static String text(JsonNode node) {
    return node == null ? null : Json.write(node);
  }
}
