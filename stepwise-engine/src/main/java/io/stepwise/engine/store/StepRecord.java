package io.stepwise.engine.store;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import java.util.List;

/**
 * One applied step of one execution, committed as a unit: the input event that was applied
 * (appended to the journal), the history events it produced, the timers it started and cancelled,
 * and the execution's end if it ended.
 *
 * @param executionArn the execution
 * @param sequence the input's position in the execution's journal, from 1, contiguous
 * @param input the event applied
 * @param events the history events produced, in order
 * @param timersStarted timers to keep
 * @param timersCancelled ids of timers no longer wanted (including those that just fired)
 * @param end how the execution ended, or {@code null} while it runs
 */
public record StepRecord(
    String executionArn,
    long sequence,
    Event input,
    List<HistoryEvent> events,
    List<TimerRecord> timersStarted,
    List<Long> timersCancelled,
    ExecutionEnd end) {

  public StepRecord {
    events = List.copyOf(events);
    timersStarted = List.copyOf(timersStarted);
    timersCancelled = List.copyOf(timersCancelled);
  }

  /** This step without its history events: what a store that keeps no history is given. */
  public StepRecord withoutEvents() {
    return new StepRecord(
        executionArn, sequence, input, List.of(), timersStarted, timersCancelled, end);
  }
}
