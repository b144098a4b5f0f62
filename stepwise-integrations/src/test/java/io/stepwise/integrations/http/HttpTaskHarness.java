package io.stepwise.integrations.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;
import java.time.Duration;

/** Invokes the HTTP Task through {@link HttpTasks} as the engine would, one attempt at a time. */
final class HttpTaskHarness {

  static final String EXECUTION = "arn:aws:states:eu-west-1:222222222222:execution:machine:run";
  static final String CONNECTION =
      "arn:aws:events:eu-west-1:222222222222:connection/shop/1f2e3d4c-0000-4000-8000-000000000001";

  private final TaskResources tasks;

  HttpTaskHarness(HttpConnections connections, Clock clock, Duration timeout) {
    this.tasks = HttpTasks.addTo(TaskResources.none(), connections, clock, timeout);
  }

  TaskOutcome invoke(String parameters) throws Exception {
    return invoke(Json.parse(parameters));
  }

  TaskOutcome invoke(JsonNode parameters) {
    return tasks.invoke(
        new TaskInvocation(
            HttpInvokeTask.RESOURCE, parameters, "Call", EXECUTION, null, 0, 0, null, 0, 0L, 0L));
  }

  JsonNode succeeded(String parameters) throws Exception {
    TaskOutcome outcome = invoke(parameters);
    if (outcome instanceof TaskOutcome.Succeeded ok) {
      return ok.output();
    }
    throw new AssertionError("Expected the task to succeed, but it failed: " + outcome);
  }

  TaskOutcome.Failed failed(String parameters) throws Exception {
    TaskOutcome outcome = invoke(parameters);
    if (outcome instanceof TaskOutcome.Failed failed) {
      return failed;
    }
    throw new AssertionError("Expected the task to fail, but it succeeded: " + outcome);
  }

  /** The parameters of a call to this endpoint through the standard test connection, plus more. */
  static String call(String method, String endpoint, String more) {
    return "{\"ApiEndpoint\":\""
        + endpoint
        + "\",\"Method\":\""
        + method
        + "\",\"Authentication\":{\"ConnectionArn\":\""
        + CONNECTION
        + "\"}"
        + (more.isEmpty() ? "" : "," + more)
        + "}";
  }
}
