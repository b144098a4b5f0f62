package io.stepwise.engine.runtime;

/**
 * The token's task is no longer waiting (it ended, timed out or was stopped): AWS's TaskTimedOut.
 */
public final class TaskTimedOutException extends Exception {
  private static final long serialVersionUID = 1L;

  public TaskTimedOutException() {
    super("Task Timed Out: 'Provided task does not exist anymore'");
  }
}
