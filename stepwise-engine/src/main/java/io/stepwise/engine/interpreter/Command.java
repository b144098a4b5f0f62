package io.stepwise.engine.interpreter;

import io.stepwise.engine.task.TaskInvocation;
import java.time.Instant;

/** Something the runtime must do for an execution after a step has been applied. */
public sealed interface Command {

  /** Invoke a task resource; report its outcome as {@link Event.TaskCompleted} with this id. */
  record InvokeTask(long taskId, TaskInvocation invocation) implements Command {}

  /** Fire {@link Event.TimerFired} with this id at the due time. */
  record StartTimer(long timerId, Instant due) implements Command {}

  /** A timer that is no longer needed; firing it anyway is harmless. */
  record CancelTimer(long timerId) implements Command {}

  /**
   * The step stopped at its work budget with states still to enter: apply {@link Event.Continue}
   * (after any timers that are due).
   */
  record Continue() implements Command {}
}
