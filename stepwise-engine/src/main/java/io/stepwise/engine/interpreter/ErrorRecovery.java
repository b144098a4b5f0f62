package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorHandling;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.engine.history.HistoryEventType;
import java.util.Map;

/**
 * What happens when a state fails: Retry first (a timer, then the state's work again), then Catch
 * (the error output placed by {@code ResultPath} or shaped by {@code Output}, and the catcher's
 * {@code Assign}), and otherwise the failure of the state's frame.
 */
final class ErrorRecovery {
  private final Transition transition;
  private final StateLifecycle lifecycle;

  ErrorRecovery(Transition transition, StateLifecycle lifecycle) {
    this.transition = transition;
    this.lifecycle = lifecycle;
  }

  /**
   * The state's own fields could not be evaluated. JSONata errors are first recorded as an
   * EvaluationFailed event; the state's failed event is left out for States.Runtime, as AWS does.
   */
  void failEvaluation(Frame frame, FailureException e) {
    Failure failure = transition.inState(frame, e);
    if (StatesError.QUERY_EVALUATION_ERROR.errorName().equals(failure.error())) {
      ObjectNode details = HistoryRecorder.details();
      Transition.putErrorAndCause(details, failure.error(), failure.cause());
      if (e.location() != null) {
        details.put("location", e.location());
      }
      details.put("state", frame.stateName);
      // AWS links an evaluation failure to what preceded the state, not to its entered event,
      // except in a Wait state, whose fields it evaluates once the state has been entered.
      if (!(transition.state(frame) instanceof WaitState)) {
        frame.lastEventId = frame.enteredPreviousEventId;
      }
      transition.execution.history.record(
          frame, HistoryEventType.EVALUATION_FAILED, transition.now, details);
    }
    fail(frame, failure, !StatesError.RUNTIME.errorName().equals(failure.error()));
  }

  /** The state failed: retry if a retrier matches, else catch, else fail the frame. */
  void fail(Frame frame, Failure failure) {
    fail(frame, failure, true);
  }

  private void fail(Frame frame, Failure failure, boolean recordStateFailed) {
    State state = transition.state(frame);
    // States.Runtime ends the execution: AWS neither retries nor catches it, even by name.
    ErrorHandling handling =
        StatesError.RUNTIME.errorName().equals(failure.error()) ? null : errorHandling(state);
    if (handling != null && Retries.scheduleRetry(transition, frame, handling, failure)) {
      return;
    }
    if (handling != null) {
      for (Catcher catcher : handling.catchers()) {
        if (ErrorMatcher.matches(catcher.errorEquals(), failure.error())) {
          caught(frame, state, catcher, failure);
          return;
        }
      }
    }
    if (recordStateFailed) {
      StateEvents.recordStateFailed(transition, frame, state, failure);
    }
    transition.frameFailed(frame, failure);
  }

  private void caught(Frame frame, State state, Catcher catcher, Failure failure) {
    JsonNode errorOutput = Transition.errorOutput(failure);
    StateEvents.recordStateFailed(transition, frame, state, failure);
    try {
      JsonNode output;
      Map<String, JsonNode> assigned;
      if (state.queryLanguage() == QueryLanguage.JSONPATH) {
        output = DataFlowEvaluator.resultPath(catcher.resultPath(), frame.stateInput, errorOutput);
        assigned =
            catcher.assign() == null
                ? Map.of()
                : AssignedVariables.toMap(
                    catcher.assign().evaluate(lifecycle.context(frame, errorOutput)));
      } else {
        FrameContext context =
            new FrameContext(transition.execution, frame, frame.stateInput, null, errorOutput);
        output =
            catcher.output() == null
                ? errorOutput
                : StateLifecycle.nonNull(catcher.output().evaluate(context));
        assigned =
            catcher.assign() == null
                ? Map.of()
                : AssignedVariables.toMap(catcher.assign().evaluate(context));
      }
      lifecycle.exit(frame, state, output, assigned, catcher.next());
    } catch (FailureException e) {
      transition.frameFailed(frame, transition.inState(frame, e));
    }
  }

  private static ErrorHandling errorHandling(State state) {
    return switch (state) {
      case TaskState t -> t.errorHandling();
      case ParallelState p -> p.errorHandling();
      case MapState m -> m.errorHandling();
      default -> null;
    };
  }
}
