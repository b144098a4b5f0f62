package io.stepwise.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.Failure;

/** What a task attempt produced: a result, or a failure that Retry and Catch will see. */
public sealed interface TaskOutcome {

  /** The task returned a result. */
  record Succeeded(JsonNode output) implements TaskOutcome {}

  /** The task failed with an error name and cause. */
  record Failed(Failure failure) implements TaskOutcome {}

  static TaskOutcome succeeded(JsonNode output) {
    return new Succeeded(output);
  }

  static TaskOutcome failed(String error, String cause) {
    return new Failed(new Failure(error, cause));
  }
}
