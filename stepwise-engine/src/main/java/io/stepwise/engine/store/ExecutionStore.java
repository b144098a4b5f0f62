package io.stepwise.engine.store;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where executions live: their records, the journal of events applied to them (from which the
 * interpreter rebuilds any execution by replay), their history, and the timers they wait on.
 *
 * <p>Narrow on purpose: the engine decides everything, the store only keeps. Every backend passes
 * the same contract test. Implementations are thread-safe.
 */
public interface ExecutionStore extends AutoCloseable {

  /**
   * Creates an execution together with the first step (its start), atomically.
   *
   * @throws ExecutionAlreadyExistsException if the state machine already has an execution of that
   *     name; nothing is written then
   */
  void create(ExecutionRecord record, StepRecord start) throws ExecutionAlreadyExistsException;

  /** An execution to create with its first step. */
  record Creation(ExecutionRecord record, StepRecord start) {}

  /**
   * Creates several executions, each as {@link #create} would, in as few transactions as the store
   * can (one, for SQL stores): many starts share one commit.
   *
   * @return for each creation, in order, {@code null} if it was created, or the ARN of the
   *     execution that already holds its name (nothing is written for that one)
   */
  default List<String> createAll(List<Creation> creations) {
    List<String> taken = new java.util.ArrayList<>(creations.size());
    for (Creation creation : creations) {
      try {
        create(creation.record(), creation.start());
        taken.add(null);
      } catch (ExecutionAlreadyExistsException e) {
        taken.add(e.executionArn());
      }
    }
    return taken;
  }

  /**
   * Commits steps of any number of executions in one transaction (group commit): after it returns
   * every step is durable, or, if it throws, none is. Each step's sequence must follow the last
   * committed one of its execution.
   *
   * @throws IllegalStateException if a step's sequence does not follow its execution's journal (a
   *     stale writer), or its execution does not exist; nothing is written then
   */
  void commit(List<StepRecord> steps);

  /**
   * Reopens an ended execution for RedriveExecution, atomically with the step that redrives it: its
   * status becomes RUNNING again, its stop date, output, error and cause are cleared, and its
   * redrive count grows by one.
   *
   * @throws IllegalStateException if the execution does not exist, is running, or the step's
   *     sequence does not follow its journal; nothing is written then
   */
  void redrive(StepRecord step);

  /** The execution with this ARN. */
  Optional<ExecutionRecord> execution(String executionArn);

  /** The execution of a state machine with this name. */
  Optional<ExecutionRecord> execution(String stateMachineArn, String name);

  /**
   * A state machine's executions, newest first (by start date, then ARN).
   *
   * @param status only executions with this status, or {@code null} for all
   * @param nextToken a token from a previous page, or {@code null} for the first page
   * @param maxResults at most this many (1 to 1000)
   */
  Page<ExecutionRecord> executions(
      String stateMachineArn, ExecutionStatus status, String nextToken, int maxResults);

  /** The events applied to an execution, in order: replaying them rebuilds it. */
  List<Event> journal(String executionArn);

  /**
   * An execution's history, by event id.
   *
   * @param reverse newest first
   * @param nextToken a token from a previous page, or {@code null} for the first page
   * @param maxResults at most this many (1 to 1000)
   */
  Page<HistoryEvent> history(
      String executionArn, boolean reverse, String nextToken, int maxResults);

  /** Timers due at or before a time, earliest first, at most {@code limit} of them. */
  List<TimerRecord> dueTimers(Instant until, int limit);

  /** The earliest timer of all, if any: when the runtime must look again. */
  Optional<TimerRecord> nextTimer();

  /** How many timers wait, due or not: a gauge of the engine's health. */
  long timerCount();

  /**
   * ARNs of executions still RUNNING, in ARN order, after {@code afterArn} (or from the start when
   * {@code null}): what recovery resumes after a restart, page by page.
   */
  List<String> runningExecutions(String afterArn, int limit);

  /** Releases the store's resources; a closed store accepts no calls. */
  @Override
  void close();
}
