package io.stepwise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.Failure;

/** How the tested state's own work ended, before Retry and Catch have their say. */
sealed interface StateOutcome {

  /** The state produced its output and would go to {@code next} ({@code null}: end). */
  record Succeeded(JsonNode output, String next) implements StateOutcome {}

  /** The state failed. */
  record Failed(Failure failure) implements StateOutcome {}
}
