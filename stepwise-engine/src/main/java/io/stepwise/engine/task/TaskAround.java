package io.stepwise.engine.task;

import java.util.function.Supplier;

/**
 * Runs around every call of a task resource, on the calling thread: where something must hold while
 * a resource runs, such as a trace context that HTTP and Lambda calls pass on. Install with {@link
 * TaskResources#around}.
 */
@FunctionalInterface
public interface TaskAround {

  /** Calls the resource as it is. */
  TaskAround NONE = (invocation, call) -> call.get();

  /**
   * Calls the resource through {@code call}, exactly once, and returns what it returned.
   *
   * @param invocation the attempt about to run
   * @param call runs the resource
   */
  TaskOutcome around(TaskInvocation invocation, Supplier<TaskOutcome> call);
}
