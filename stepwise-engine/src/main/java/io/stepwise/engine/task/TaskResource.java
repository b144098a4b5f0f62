package io.stepwise.engine.task;

/**
 * Something a Task state can call, chosen by its resource ARN.
 *
 * <p>Implementations do their work on the calling (virtual) thread and report the outcome as a
 * value: a result or a failure, never an exception for a business error.
 */
public interface TaskResource {

  /**
   * Invokes the resource once.
   *
   * @param invocation the resource ARN, the effective parameters and the context of the attempt
   * @return the task's result or its failure
   */
  TaskOutcome invoke(TaskInvocation invocation);
}
