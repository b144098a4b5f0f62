package io.stepwise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.time.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The context object ({@code $$}) a tested state sees: the request's, checked with AWS's rules, or
 * one made up as AWS does for a one-state Express execution.
 */
final class ContextObjects {

  private static final String INVALID = "Invalid Context object provided: ";

  private static final Map<String, Set<String>> ALLOWED_FIELDS =
      Map.of(
          "Execution", Set.of("Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount"),
          "State", Set.of("EnteredTime", "Name", "RetryCount"),
          "StateMachine", Set.of("Id", "Name"),
          "Task", Set.of("Token"));

  private ContextObjects() {}

  /** The request's context object, checked against the state it is for. */
  static JsonNode given(String text, State state) {
    JsonNode context;
    try {
      context = Json.parse(text);
    } catch (JsonProcessingException e) {
      throw TestStateException.validation(INVALID + "Context object must be valid JSON");
    }
    if (!context.isObject()) {
      throw TestStateException.validation(INVALID + "Context object must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> field : context.properties()) {
      String name = field.getKey();
      if (name.equals("Map")) {
        throw TestStateException.validation(
            INVALID + "'Map' field is not supported when mocking a Context object");
      }
      Set<String> allowed = ALLOWED_FIELDS.get(name);
      if (allowed == null) {
        throw TestStateException.validation(INVALID + "Field '" + name + "' is not allowed");
      }
      if (field.getValue().isObject()) {
        for (String member : (Iterable<String>) () -> field.getValue().fieldNames()) {
          if (!allowed.contains(member)) {
            throw TestStateException.validation(INVALID + "Field '" + member + "' is not allowed");
          }
        }
      }
    }
    JsonNode executionId = context.path("Execution").get("Id");
    if (executionId != null && !executionId.isTextual()) {
      throw TestStateException.validation(INVALID + "Execution.Id must be a string");
    }
    if (context.has("Task") && !isCallbackOrSyncTask(state)) {
      throw TestStateException.validation(
          INVALID
              + "Context object contains 'Task' when state is not a Task state with a '.sync' or"
              + " '.waitForTaskToken' service integration pattern");
    }
    return context;
  }

  private static boolean isCallbackOrSyncTask(State state) {
    if (!(state instanceof TaskState task)) {
      return false;
    }
    String resource = task.resource();
    return resource.endsWith(".waitForTaskToken") || resource.contains(".sync");
  }

  /**
   * A context object as AWS makes one up: a fresh Express execution of a fresh state machine, the
   * state under the name AWS gives it, and the retry count where the state can retry.
   */
  static JsonNode madeUp(
      State state,
      JsonNode input,
      String roleArn,
      Instant now,
      String region,
      String account,
      String runName,
      int retryCount) {
    ObjectNode root = Json.NODES.objectNode();
    String machineName = "TestStateMachine-" + runName;
    ObjectNode execution = root.putObject("Execution");
    execution.put(
        "Id",
        "arn:aws:states:" + region + ":" + account + ":express:" + machineName + ":" + runName);
    execution.set("Input", input);
    execution.put("Name", runName);
    execution.put("RoleArn", roleArn);
    execution.put("StartTime", Timestamps.format(now));
    ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", "arn:aws:states:" + region + ":" + account + ":stateMachine:" + machineName);
    machine.put("Name", machineName);
    ObjectNode stateNode = root.putObject("State");
    stateNode.put("Name", TestedState.LONE_STATE_NAME);
    stateNode.put("EnteredTime", Timestamps.format(now));
    if (state instanceof TaskState || state instanceof MapState) {
      stateNode.put("RetryCount", retryCount);
    }
    return root;
  }
}
