package io.stepwise.engine.interpreter;

import io.stepwise.asl.error.Failure;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.engine.history.HistoryEventType;

/** Which history event types a state type records when it is entered, exited or fails. */
final class StateEvents {
  private StateEvents() {}

  static HistoryEventType entered(State state) {
    return switch (state) {
      case PassState s -> HistoryEventType.PASS_STATE_ENTERED;
      case TaskState s -> HistoryEventType.TASK_STATE_ENTERED;
      case ChoiceState s -> HistoryEventType.CHOICE_STATE_ENTERED;
      case WaitState s -> HistoryEventType.WAIT_STATE_ENTERED;
      case SucceedState s -> HistoryEventType.SUCCEED_STATE_ENTERED;
      case FailState s -> HistoryEventType.FAIL_STATE_ENTERED;
      case ParallelState s -> HistoryEventType.PARALLEL_STATE_ENTERED;
      case MapState s -> HistoryEventType.MAP_STATE_ENTERED;
    };
  }

  /** The exit event type; {@code null} for Fail states, which never exit. */
  static HistoryEventType exited(State state) {
    return switch (state) {
      case PassState s -> HistoryEventType.PASS_STATE_EXITED;
      case TaskState s -> HistoryEventType.TASK_STATE_EXITED;
      case ChoiceState s -> HistoryEventType.CHOICE_STATE_EXITED;
      case WaitState s -> HistoryEventType.WAIT_STATE_EXITED;
      case SucceedState s -> HistoryEventType.SUCCEED_STATE_EXITED;
      case FailState s -> null;
      case ParallelState s -> HistoryEventType.PARALLEL_STATE_EXITED;
      case MapState s -> HistoryEventType.MAP_STATE_EXITED;
    };
  }

  /** Parallel and Map states record their failure before it is caught or propagated. */
  static void recordStateFailed(Transition transition, Frame frame, State state, Failure failure) {
    HistoryEventType type =
        switch (state) {
          case ParallelState s -> HistoryEventType.PARALLEL_STATE_FAILED;
          case MapState s -> HistoryEventType.MAP_STATE_FAILED;
          default -> null;
        };
    if (type != null) {
      transition.execution.history.record(frame, type, transition.now, null);
    }
  }
}
