package io.stepwise.store.sql;

import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.TimerRecord;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The net effect on the timers table of a batch of steps, worked out before any row is written so
 * that the writes can go out as a few JDBC batches yet mean the same as applying the steps one by
 * one: within a step, starts then cancellations; an end clears the execution's timers.
 */
final class TimerChanges {
  record Key(String executionArn, long timerId) {}

  private final Set<String> cleared = new LinkedHashSet<>();
  // A key maps to the timer to keep, or to null for a timer to delete.
  private final Map<Key, TimerRecord> changes = new LinkedHashMap<>();

  void apply(StepRecord step) {
    for (TimerRecord timer : step.timersStarted()) {
      changes.put(new Key(timer.executionArn(), timer.timerId()), timer);
    }
    for (long timerId : step.timersCancelled()) {
      changes.put(new Key(step.executionArn(), timerId), null);
    }
    if (step.end() != null) {
      cleared.add(step.executionArn());
      changes.keySet().removeIf(key -> key.executionArn().equals(step.executionArn()));
    }
  }

  /** Executions whose timers are all deleted, before {@link #changes()} apply. */
  Set<String> cleared() {
    return cleared;
  }

  /** Timers to keep (upserted) or delete (null), after {@link #cleared()}. */
  Map<Key, TimerRecord> changes() {
    return changes;
  }
}
