package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.DataFlow;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.task.TaskOutcome;
import java.util.Map;

/**
 * The lifecycle every state shares, written once: entered event → input → the type's own work →
 * result → output → Assign → exited event → next state; and on failure Retry, then Catch, then
 * failing the frame. The work of each type lives in its own step class.
 */
final class StateLifecycle {

  private final Transition transition;
  private final TaskStep tasks;
  private final WaitStep waits;
  private final ChoiceStep choices;
  private final FailStep fails;
  private final ChildrenStep children;
  private final ErrorRecovery recovery;

  StateLifecycle(Transition transition) {
    this.transition = transition;
    this.tasks = new TaskStep(transition, this);
    this.waits = new WaitStep(transition, this);
    this.choices = new ChoiceStep(transition, this);
    this.fails = new FailStep(transition);
    this.children = new ChildrenStep(transition, this);
    this.recovery = new ErrorRecovery(transition, this);
  }

  ChildrenStep children() {
    return children;
  }

  /** Enters a state with its raw input and runs as far as possible. */
  void enter(Frame frame, String stateName, JsonNode input) {
    if (frame.wait == Frame.Wait.DONE) {
      return; // The frame was aborted (a sibling failed) before its turn came.
    }
    State state = frame.machine.state(stateName);
    frame.stateName = stateName;
    frame.stateInput = input;
    frame.enteredTime = transition.now;
    frame.retryCount = 0;
    frame.retrierAttempts = null;
    frame.taskToken = null;
    ObjectNode details = null;
    if (transition.execution.history.enabled()) {
      details = HistoryRecorder.details();
      details.put("name", stateName);
      HistoryRecorder.putPayload(details, "input", input);
    }
    frame.enteredPreviousEventId = frame.lastEventId;
    frame.enteredEventId =
        transition.execution.history.record(
            frame, StateEvents.entered(state), transition.now, details);
    execute(frame, state);
  }

  /** Runs (or re-runs, on retry) the state's work from its input. */
  void execute(Frame frame, State state) {
    try {
      FrameContext context = context(frame, frame.stateInput);
      JsonNode effective =
          state.queryLanguage() == QueryLanguage.JSONPATH
              ? DataFlowEvaluator.inputPath(state.dataFlow().inputPath(), context, frame.stateInput)
              : frame.stateInput;
      frame.effectiveInput = effective;
      switch (state) {
        case PassState pass -> complete(frame, passResult(frame, pass, effective));
        case TaskState task -> tasks.start(frame, task, effective);
        case ChoiceState choice -> choices.run(frame, choice, effective);
        case WaitState wait -> waits.start(frame, wait, effective);
        case SucceedState succeed -> complete(frame, effective);
        case FailState fail -> fails.run(frame, fail, effective);
        case ParallelState parallel -> children.startParallel(frame, parallel, effective);
        case MapState map -> children.startMap(frame, map, effective);
      }
    } catch (FailureException e) {
      failEvaluation(frame, e);
    }
  }

  private JsonNode passResult(Frame frame, PassState pass, JsonNode effective) {
    if (pass.queryLanguage() == QueryLanguage.JSONPATH) {
      if (pass.dataFlow().parameters() != null) {
        return pass.dataFlow().parameters().evaluate(context(frame, effective));
      }
      if (pass.result() != null) {
        return pass.result();
      }
    }
    return effective;
  }

  /**
   * The state's work produced a result: apply ResultSelector, ResultPath, OutputPath (or JSONata
   * Output) and Assign, record the exit and move on.
   */
  void complete(Frame frame, JsonNode result) {
    State state = transition.state(frame);
    try {
      DataFlow flow = state.dataFlow();
      JsonNode output;
      Map<String, JsonNode> assigned;
      if (state.queryLanguage() == QueryLanguage.JSONPATH) {
        JsonNode selected =
            flow.resultSelector() == null
                ? result
                : flow.resultSelector().evaluate(context(frame, result));
        assigned = evaluateAssign(flow, context(frame, selected));
        JsonNode placed =
            isResultProducing(state)
                ? DataFlowEvaluator.resultPath(flow.resultPath(), frame.stateInput, selected)
                : selected;
        output = DataFlowEvaluator.outputPath(flow.outputPath(), placed, context(frame, placed));
      } else {
        FrameContext context =
            new FrameContext(
                transition.execution,
                frame,
                frame.stateInput,
                isResultProducing(state) ? result : null,
                null);
        output = flow.output() == null ? result : nonNull(flow.output().evaluate(context));
        assigned = evaluateAssign(flow, context);
      }
      exit(frame, state, output, assigned, state.next());
    } catch (FailureException e) {
      failEvaluation(frame, e);
    }
  }

  private static boolean isResultProducing(State state) {
    return state instanceof TaskState
        || state instanceof PassState
        || state instanceof MapState
        || state instanceof ParallelState;
  }

  Map<String, JsonNode> evaluateAssign(DataFlow flow, FrameContext context) {
    if (flow.assign() == null) {
      return Map.of();
    }
    return AssignedVariables.toMap(flow.assign().evaluate(context));
  }

  /** Records the exit, applies assignments and goes to the next state (or ends the frame). */
  void exit(
      Frame frame, State state, JsonNode output, Map<String, JsonNode> assigned, String next) {
    boolean recording = transition.execution.history.enabled();
    String outputText = recording ? PayloadTexts.of(output) : null;
    int maxBytes = transition.execution.info.limits().maxPayloadBytes();
    if (recording
        ? PayloadLimits.exceeds(outputText, maxBytes)
        : PayloadLimits.exceeds(output, maxBytes)) {
      fail(
          frame,
          new Failure(
              io.stepwise.asl.error.StatesError.DATA_LIMIT_EXCEEDED.errorName(),
              "The state/task '"
                  + state.name()
                  + "' returned a result with a size exceeding the maximum number of bytes"
                  + " service limit."));
      return;
    }
    ObjectNode details = recording ? HistoryRecorder.details() : null;
    if (recording) {
      details.put("name", state.name());
      HistoryRecorder.putPayloadText(details, "output", outputText);
    }
    if (recording && !assigned.isEmpty()) {
      ObjectNode variables = details.putObject("assignedVariables");
      for (Map.Entry<String, JsonNode> e : assigned.entrySet()) {
        variables.put(e.getKey(), io.stepwise.asl.json.Json.write(e.getValue()));
      }
      details.putObject("assignedVariablesDetails").put("truncated", false);
      // Reorder so that the payload fields come as AWS lists them; order is cosmetic only.
    }
    HistoryEventType exited = StateEvents.exited(state);
    if (exited != null) {
      transition.execution.history.record(frame, exited, transition.now, details);
    }
    frame.variables.putAll(assigned);
    frame.children = null;
    if (next == null) {
      transition.frameSucceeded(frame, output);
    } else {
      transition.schedule(frame, next, output);
    }
  }

  /** The state's own fields could not be evaluated; see {@link ErrorRecovery}. */
  void failEvaluation(Frame frame, FailureException e) {
    recovery.failEvaluation(frame, e);
  }

  /** The state failed: retry, catch or fail the frame; see {@link ErrorRecovery}. */
  void fail(Frame frame, Failure failure) {
    recovery.fail(frame, failure);
  }

  void taskCompleted(Frame frame, TaskOutcome outcome) {
    TaskState task = (TaskState) transition.state(frame);
    if (!tasks.submitted(frame, task, outcome)) {
      tasks.completed(frame, task, outcome);
    }
  }

  void taskSubmitted(Frame frame, JsonNode output) {
    tasks.progressSubmitted(frame, (TaskState) transition.state(frame), output);
  }

  void taskCallback(Frame frame, TaskOutcome outcome) {
    tasks.completed(frame, (TaskState) transition.state(frame), outcome);
  }

  void taskHeartbeat(Frame frame) {
    tasks.restartHeartbeat(frame);
  }

  void activityScheduled(Frame frame) {
    tasks.activityScheduled(frame, (TaskState) transition.state(frame));
  }

  void activityMissing(Frame frame) {
    tasks.activityMissing(frame, (TaskState) transition.state(frame));
  }

  void activityStarted(Frame frame, String workerName) {
    tasks.activityStarted(frame, workerName);
  }

  void timerFired(Frame frame, long timerId) {
    Frame.Wait kind = frame.wait;
    frame.wait = Frame.Wait.NONE;
    State state = transition.state(frame);
    switch (kind) {
      case TIMER_WAIT -> complete(frame, frame.effectiveInput);
      case TIMER_RETRY -> Retries.retry(transition, this, frame, state);
      default -> {
        // Not waiting on this timer any more.
      }
    }
  }

  /** A task in flight when the runtime stopped is about to be invoked again. */
  void taskRestarted(Frame frame) {
    tasks.restarted(frame, (TaskState) transition.state(frame));
  }

  void taskTimedOut(Frame frame, io.stepwise.asl.error.StatesError error) {
    frame.wait = Frame.Wait.NONE;
    tasks.timedOut(frame, (TaskState) transition.state(frame), error);
  }

  FrameContext context(Frame frame, JsonNode input) {
    return new FrameContext(transition.execution, frame, input, null, null);
  }

  static JsonNode nonNull(JsonNode node) {
    return node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
  }
}
