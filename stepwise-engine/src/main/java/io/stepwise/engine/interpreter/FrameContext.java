package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.time.Timestamps;
import java.util.random.RandomGenerator;

/** What expressions in a frame's current state see. Built per evaluation; cheap. */
final class FrameContext implements EvaluationContext {

  private final Execution execution;
  private final Frame frame;
  private final JsonNode input;
  private final JsonNode result;
  private final JsonNode errorOutput;
  private final int itemIndex;
  private final JsonNode itemValue;
  private JsonNode contextObject;

  FrameContext(
      Execution execution, Frame frame, JsonNode input, JsonNode result, JsonNode errorOutput) {
    this(execution, frame, input, result, errorOutput, -1, null);
  }

  /** A context that also has {@code $$.Map.Item}, as a Map's ItemSelector sees it. */
  FrameContext(
      Execution execution,
      Frame frame,
      JsonNode input,
      JsonNode result,
      JsonNode errorOutput,
      int itemIndex,
      JsonNode itemValue) {
    this.execution = execution;
    this.frame = frame;
    this.input = input;
    this.result = result;
    this.errorOutput = errorOutput;
    this.itemIndex = itemIndex;
    this.itemValue = itemValue;
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public JsonNode variable(String name) {
    return frame.variable(name);
  }

  @Override
  public RandomGenerator random() {
    return execution.random;
  }

  @Override
  public java.time.Instant now() {
    return execution.now;
  }

  @Override
  public JsonNode contextObject() {
    if (contextObject == null) {
      contextObject = build();
    }
    return contextObject;
  }

  private JsonNode build() {
    ExecutionInfo info = execution.info;
    ObjectNode root = Json.NODES.objectNode();
    ObjectNode exec = root.putObject("Execution");
    exec.put("Id", info.executionArn());
    exec.set("Input", info.input());
    exec.put("Name", info.executionName());
    exec.put("RoleArn", info.roleArn());
    exec.put("StartTime", Timestamps.format(info.startTime()));
    if (!info.synchronous()) {
      exec.put("RedriveCount", execution.redriveCount);
    }
    ObjectNode state = root.putObject("State");
    state.put("EnteredTime", Timestamps.format(frame.enteredTime));
    state.put("Name", frame.stateName);
    if (frame.machine.state(frame.stateName) instanceof io.stepwise.asl.model.TaskState) {
      state.put("RetryCount", frame.retryCount);
    }
    ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", info.stateMachineArn());
    machine.put("Name", info.stateMachineName());
    if (frame.taskToken != null) {
      root.putObject("Task").put("Token", frame.taskToken);
    }
    if (itemValue != null) {
      ObjectNode item = root.putObject("Map").putObject("Item");
      item.put("Index", itemIndex);
      item.set("Value", itemValue);
    }
    return root;
  }
}
