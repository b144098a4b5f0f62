package io.stepwise.engine.machines;

import io.stepwise.engine.history.HistoryEventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which history events a state machine's log receives: AWS's {@code LogLevel}. The table is AWS's
 * ("Log levels" in the Step Functions developer guide); event types it leaves out (activities, Map
 * Runs, {@code EvaluationFailed}) follow its rule, which is that the error level holds {@code
 * FailStateEntered} and every {@code *Failed}, {@code *TimedOut} and {@code *Aborted} type.
 */
public enum LogLevel {
  /** Every event. */
  ALL,
  /** Errors: {@link #ERROR_EVENTS}. */
  ERROR,
  /** Only the execution's own failure, time-out or abort. */
  FATAL,
  /** Nothing. */
  OFF;

  /** The event types that {@code ERROR} logs. */
  public static final Set<HistoryEventType> ERROR_EVENTS =
      EnumSet.of(
          HistoryEventType.ACTIVITY_FAILED,
          HistoryEventType.ACTIVITY_SCHEDULE_FAILED,
          HistoryEventType.ACTIVITY_TIMED_OUT,
          HistoryEventType.EVALUATION_FAILED,
          HistoryEventType.EXECUTION_ABORTED,
          HistoryEventType.EXECUTION_FAILED,
          HistoryEventType.EXECUTION_TIMED_OUT,
          HistoryEventType.FAIL_STATE_ENTERED,
          HistoryEventType.LAMBDA_FUNCTION_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_SCHEDULE_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_START_FAILED,
          HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT,
          HistoryEventType.MAP_ITERATION_ABORTED,
          HistoryEventType.MAP_ITERATION_FAILED,
          HistoryEventType.MAP_RUN_ABORTED,
          HistoryEventType.MAP_RUN_FAILED,
          HistoryEventType.MAP_STATE_ABORTED,
          HistoryEventType.MAP_STATE_FAILED,
          HistoryEventType.PARALLEL_STATE_ABORTED,
          HistoryEventType.PARALLEL_STATE_FAILED,
          HistoryEventType.TASK_FAILED,
          HistoryEventType.TASK_START_FAILED,
          HistoryEventType.TASK_STATE_ABORTED,
          HistoryEventType.TASK_SUBMIT_FAILED,
          HistoryEventType.TASK_TIMED_OUT,
          HistoryEventType.WAIT_STATE_ABORTED);

  /** The event types that {@code FATAL} logs. */
  public static final Set<HistoryEventType> FATAL_EVENTS =
      EnumSet.of(
          HistoryEventType.EXECUTION_ABORTED,
          HistoryEventType.EXECUTION_FAILED,
          HistoryEventType.EXECUTION_TIMED_OUT);

  /** Whether a log of this level receives events of this type. */
  public boolean logs(HistoryEventType type) {
    return switch (this) {
      case ALL -> true;
      case ERROR -> ERROR_EVENTS.contains(type);
      case FATAL -> FATAL_EVENTS.contains(type);
      case OFF -> false;
    };
  }
}
