package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.value.ValueExpression;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;

/**
 * A Task state's work: build the parameters, ask the runtime to invoke the resource, and turn the
 * outcome (or a timeout) into the state's result or failure, recording AWS's task events.
 */
final class TaskStep {
  private final Transition transition;
  private final StateLifecycle lifecycle;

  TaskStep(Transition transition, StateLifecycle lifecycle) {
    this.transition = transition;
    this.lifecycle = lifecycle;
  }

  void start(Frame frame, TaskState task, JsonNode effectiveInput) {
    ResourceName resource = ResourceName.of(task.resource());
    long taskId = transition.execution.newId();
    frame.awaitingCallback = false;
    // The token exists before the parameters are built: they pass it on as $$.Task.Token. A .sync
    // task has one too, and a callback with it ends the task (AWS accepts both ways of ending).
    frame.taskToken =
        resource.waitsForTaskToken() || resource.activity() || resource.runsToCompletion()
            ? TaskTokens.next(transition.execution, taskId)
            : null;
    JsonNode parameters;
    if (task.queryLanguage() == QueryLanguage.JSONPATH) {
      parameters =
          task.dataFlow().parameters() == null
              ? effectiveInput
              : task.dataFlow().parameters().evaluate(lifecycle.context(frame, effectiveInput));
    } else {
      parameters =
          task.dataFlow().arguments() == null
              ? frame.stateInput
              : StateLifecycle.nonNull(
                  task.dataFlow().arguments().evaluate(lifecycle.context(frame, frame.stateInput)));
    }
    FrameContext context = lifecycle.context(frame, effectiveInput);
    long timeout = seconds(task.timeoutSeconds(), context, "TimeoutSecondsPath");
    long heartbeat = seconds(task.heartbeatSeconds(), context, "HeartbeatSecondsPath");
    frame.heartbeatSeconds = heartbeat;
    ObjectNode scheduled = HistoryRecorder.details();
    frame.activityScheduled = false;
    long scheduledEventId = 0;
    if (resource.activity()) {
      // ActivityScheduled waits for the runtime to find the activity (activityScheduled below):
      // AWS fails a state whose activity does not exist without scheduling anything.
    } else if (resource.lambdaFunction()) {
      scheduled.put("resource", task.resource());
      HistoryRecorder.putPayload(scheduled, "input", parameters);
      if (timeout > 0) {
        scheduled.put("timeoutInSeconds", timeout);
      }
      scheduledEventId = record(frame, HistoryEventType.LAMBDA_FUNCTION_SCHEDULED, scheduled);
      record(frame, HistoryEventType.LAMBDA_FUNCTION_STARTED, null);
    } else {
      scheduled.put("resourceType", resource.type());
      scheduled.put("resource", resource.action());
      scheduled.put("region", transition.execution.info.region());
      scheduled.put("parameters", io.stepwise.asl.json.Json.write(parameters));
      if (timeout > 0) {
        scheduled.put("timeoutInSeconds", timeout);
      }
      if (heartbeat > 0) {
        scheduled.put("heartbeatInSeconds", heartbeat);
      }
      scheduledEventId = record(frame, HistoryEventType.TASK_SCHEDULED, scheduled);
      ObjectNode started = HistoryRecorder.details();
      started.put("resourceType", resource.type());
      started.put("resource", resource.action());
      record(frame, HistoryEventType.TASK_STARTED, started);
    }
    frame.wait = Frame.Wait.TASK;
    frame.pendingId = taskId;
    transition.execution.waitingOn.put(taskId, frame);
    Command.InvokeTask invoke =
        new Command.InvokeTask(
            taskId,
            new TaskInvocation(
                task.resource(),
                parameters,
                task.name(),
                transition.execution.info.executionArn(),
                frame.taskToken,
                timeout,
                heartbeat,
                transition.execution.info.testCase(),
                nextInvocation(task.name()),
                taskId,
                scheduledEventId));
    frame.pendingInvocation = invoke;
    transition.command(invoke);
    frame.timeoutTimerId = 0;
    frame.heartbeatTimerId = 0;
    if (timeout > 0) {
      long timerId = transition.execution.newId();
      frame.timeoutTimerId = timerId;
      transition.execution.waitingOn.put(timerId, frame);
      transition.command(new Command.StartTimer(timerId, transition.now.plusSeconds(timeout)));
    }
    if (heartbeat > 0 && resource.waitsForTaskToken()) {
      restartHeartbeat(frame);
    }
  }

  /** Counts an invocation of the named state, returning how many came before it. */
  private int nextInvocation(String stateName) {
    return transition.execution.stateInvocations.merge(stateName, 1, Integer::sum) - 1;
  }

  /** Starts (again) the timer that fails the task when no heartbeat comes in time. */
  void restartHeartbeat(Frame frame) {
    if (frame.heartbeatSeconds <= 0) {
      return;
    }
    if (frame.heartbeatTimerId != 0) {
      transition.execution.waitingOn.remove(frame.heartbeatTimerId);
      transition.command(new Command.CancelTimer(frame.heartbeatTimerId));
    }
    long timerId = transition.execution.newId();
    frame.heartbeatTimerId = timerId;
    transition.execution.waitingOn.put(timerId, frame);
    transition.command(
        new Command.StartTimer(timerId, transition.now.plusSeconds(frame.heartbeatSeconds)));
  }

  /** The runtime found the activity and handed the task to its workers. */
  void activityScheduled(Frame frame, TaskState task) {
    if (frame.activityScheduled || frame.pendingInvocation == null) {
      return; // Handed out again after a restart: scheduled once.
    }
    TaskInvocation invocation = frame.pendingInvocation.invocation();
    ObjectNode scheduled = HistoryRecorder.details();
    HistoryRecorder.putPayload(scheduled, "input", invocation.parameters());
    scheduled.put("resource", task.resource());
    if (invocation.timeoutSeconds() > 0) {
      scheduled.put("timeoutInSeconds", invocation.timeoutSeconds());
    }
    if (invocation.heartbeatSeconds() > 0) {
      scheduled.put("heartbeatInSeconds", invocation.heartbeatSeconds());
    }
    record(frame, HistoryEventType.ACTIVITY_SCHEDULED, scheduled);
    frame.activityScheduled = true;
  }

  /** The activity the state names does not exist: a runtime error of the state, as on AWS. */
  void activityMissing(Frame frame, TaskState task) {
    cancelTimeout(frame);
    cancelHeartbeat(frame);
    lifecycle.fail(
        frame,
        transition.inState(
            frame,
            new FailureException(
                StatesError.RUNTIME, "The activity " + task.resource() + " does not exist.")));
  }

  /** A worker took an activity task. */
  void activityStarted(Frame frame, String workerName) {
    ObjectNode details = HistoryRecorder.details();
    if (workerName != null) {
      details.put("workerName", workerName); // A worker that gave no name has none recorded.
    }
    record(frame, HistoryEventType.ACTIVITY_STARTED, details);
    restartHeartbeat(frame);
  }

  /**
   * The task's own request finished. For a {@code .waitForTaskToken} task a success only means the
   * request was submitted: the task goes on waiting for its callback. A mocked success is submitted
   * and is the callback's result at once: no callback will come.
   *
   * @return whether the task is still waiting
   */
  boolean submitted(Frame frame, TaskState task, TaskOutcome outcome) {
    ResourceName resource = ResourceName.of(task.resource());
    if (!resource.waitsForTaskToken()
        || frame.awaitingCallback
        || !(outcome instanceof TaskOutcome.Succeeded ok)) {
      return false;
    }
    ObjectNode details = HistoryRecorder.details();
    details.put("resourceType", resource.type());
    details.put("resource", resource.action());
    HistoryRecorder.putPayload(details, "output", ok.output());
    record(frame, HistoryEventType.TASK_SUBMITTED, details);
    if (ok.mocked()) {
      return false;
    }
    frame.awaitingCallback = true;
    frame.wait = Frame.Wait.TASK;
    transition.execution.waitingOn.put(frame.pendingId, frame);
    return true;
  }

  /**
   * A {@code .sync} task's request was accepted: AWS records {@code TaskSubmitted} with the
   * request's answer, and the task goes on waiting for its result. A second report (the task
   * invoked again after a restart) records nothing.
   */
  void progressSubmitted(Frame frame, TaskState task, JsonNode output) {
    if (frame.awaitingCallback) {
      return;
    }
    ResourceName resource = ResourceName.of(task.resource());
    ObjectNode details = HistoryRecorder.details();
    details.put("resourceType", resource.type());
    details.put("resource", resource.action());
    HistoryRecorder.putPayload(details, "output", output);
    record(frame, HistoryEventType.TASK_SUBMITTED, details);
    frame.awaitingCallback = true;
  }

  void completed(Frame frame, TaskState task, TaskOutcome outcome) {
    cancelTimeout(frame);
    cancelHeartbeat(frame);
    frame.awaitingCallback = false;
    ResourceName resource = ResourceName.of(task.resource());
    switch (withinPayloadLimit(outcome, resource)) {
      case TaskOutcome.Succeeded ok -> {
        ObjectNode details = HistoryRecorder.details();
        if (resource.activity()) {
          HistoryRecorder.putPayload(details, "output", ok.output());
          record(frame, HistoryEventType.ACTIVITY_SUCCEEDED, details);
        } else if (resource.lambdaFunction()) {
          HistoryRecorder.putPayload(details, "output", ok.output());
          record(frame, HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED, details);
        } else {
          details.put("resourceType", resource.type());
          details.put("resource", resource.action());
          HistoryRecorder.putPayload(details, "output", ok.output());
          record(frame, HistoryEventType.TASK_SUCCEEDED, details);
        }
        lifecycle.complete(frame, StateLifecycle.nonNull(ok.output()));
      }
      case TaskOutcome.Failed failed -> {
        ObjectNode details = HistoryRecorder.details();
        Transition.putErrorAndCause(details, failed.failure().error(), failed.failure().cause());
        if (resource.activity()) {
          record(frame, HistoryEventType.ACTIVITY_FAILED, details);
        } else if (resource.lambdaFunction()) {
          record(frame, HistoryEventType.LAMBDA_FUNCTION_FAILED, details);
        } else {
          details.put("resourceType", resource.type());
          details.put("resource", resource.action());
          record(frame, HistoryEventType.TASK_FAILED, details);
        }
        lifecycle.fail(frame, failed.failure());
      }
    }
  }

  /**
   * A result over the payload limit fails the task itself, as AWS fails it: a task failure that
   * Retry and Catch see, naming the resource (its type for a service integration, its ARN for a
   * Lambda function or an activity).
   */
  private TaskOutcome withinPayloadLimit(TaskOutcome outcome, ResourceName resource) {
    if (outcome instanceof TaskOutcome.Succeeded ok
        && ok.output() != null
        && PayloadLimits.exceeds(
            ok.output(), transition.execution.info.limits().maxPayloadBytes())) {
      String label =
          resource.lambdaFunction() || resource.activity() ? resource.arn() : resource.type();
      return TaskOutcome.failed(
          StatesError.DATA_LIMIT_EXCEEDED.errorName(),
          "The state/task '"
              + label
              + "' returned a result with a size exceeding the maximum number of bytes service"
              + " limit.");
    }
    return outcome;
  }

  /** Records a new attempt of a task that was in flight when the runtime stopped. */
  void restarted(Frame frame, TaskState task) {
    ResourceName resource = ResourceName.of(task.resource());
    if (resource.lambdaFunction()) {
      record(frame, HistoryEventType.LAMBDA_FUNCTION_STARTED, null);
    } else {
      ObjectNode started = HistoryRecorder.details();
      started.put("resourceType", resource.type());
      started.put("resource", resource.action());
      record(frame, HistoryEventType.TASK_STARTED, started);
    }
  }

  void timedOut(Frame frame, TaskState task) {
    timedOut(frame, task, StatesError.TIMEOUT);
  }

  /** The task's timeout or heartbeat timer fired first. */
  void timedOut(Frame frame, TaskState task, StatesError error) {
    cancelTimeout(frame);
    cancelHeartbeat(frame);
    frame.awaitingCallback = false;
    ResourceName resource = ResourceName.of(task.resource());
    ObjectNode details = HistoryRecorder.details();
    details.put("error", error.errorName());
    if (resource.activity()) {
      record(frame, HistoryEventType.ACTIVITY_TIMED_OUT, details);
    } else if (resource.lambdaFunction()) {
      record(frame, HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT, details);
    } else {
      details.put("resourceType", resource.type());
      details.put("resource", resource.action());
      record(frame, HistoryEventType.TASK_TIMED_OUT, details);
    }
    frame.timeoutTimerId = 0;
    lifecycle.fail(frame, new Failure(error.errorName(), null));
  }

  private void cancelHeartbeat(Frame frame) {
    if (frame.heartbeatTimerId != 0) {
      transition.execution.waitingOn.remove(frame.heartbeatTimerId);
      transition.command(new Command.CancelTimer(frame.heartbeatTimerId));
      frame.heartbeatTimerId = 0;
    }
  }

  private void cancelTimeout(Frame frame) {
    if (frame.timeoutTimerId != 0) {
      transition.execution.waitingOn.remove(frame.timeoutTimerId);
      transition.command(new Command.CancelTimer(frame.timeoutTimerId));
      frame.timeoutTimerId = 0;
    }
  }

  private long record(Frame frame, HistoryEventType type, ObjectNode details) {
    return transition.execution.history.record(frame, type, transition.now, details);
  }

  /** A seconds field: a literal, a path or JSONata; 0 when absent. */
  static long seconds(ValueExpression expression, FrameContext context, String pathField) {
    if (expression == null) {
      return 0;
    }
    JsonNode value = expression.evaluate(context);
    if ((value == null || value.isMissingNode())
        && expression instanceof ValueExpression.Path path) {
      // A path that selects nothing is an invalid path, worded as every other one.
      throw DataFlowEvaluator.invalidPath(path.path(), context.input());
    }
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new FailureException(
          StatesError.RUNTIME,
          "The "
              + pathField
              + " field refers to value \""
              + (value == null ? "null" : value.isTextual() ? value.textValue() : value.toString())
              + "\" which is not a valid integer: "
              + expression.text());
    }
    return value.longValue();
  }
}
