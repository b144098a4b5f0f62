package io.stepwise.engine.store;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution as {@link InMemoryExecutionStore} keeps it: its record, journal, history and the
 * timers it waits on. Not thread-safe: the store guards it.
 */
final class InMemoryExecution {
  private ExecutionRecord record;
  private final List<Event> journal = new ArrayList<>();
  private final List<HistoryEvent> history = new ArrayList<>();
  private final Map<Long, TimerRecord> timers = new HashMap<>();

  InMemoryExecution(ExecutionRecord record) {
    this.record = record;
  }

  ExecutionRecord record() {
    return record;
  }

  void end(ExecutionEnd end) {
    record = record.ended(end);
  }

  /** Running again after RedriveExecution. */
  void reopen() {
    record = record.redriven();
  }

  long lastSequence() {
    return journal.size();
  }

  void append(Event input, List<HistoryEvent> events) {
    journal.add(input);
    history.addAll(events);
  }

  List<Event> journal() {
    return List.copyOf(journal);
  }

  /** The history events with ids after {@code afterId}, ascending, at most {@code limit}. */
  List<HistoryEvent> historyAfter(long afterId, int limit) {
    int from = firstIndexWithIdAbove(afterId);
    return List.copyOf(history.subList(from, Math.min(history.size(), from + limit)));
  }

  /** The history events with ids before {@code beforeId}, descending, at most {@code limit}. */
  List<HistoryEvent> historyBefore(long beforeId, int limit) {
    int end = firstIndexWithIdAbove(beforeId - 1);
    List<HistoryEvent> page = new ArrayList<>(Math.min(end, limit));
    for (int i = end - 1; i >= 0 && page.size() < limit; i--) {
      page.add(history.get(i));
    }
    return page;
  }

  /** Whether any event has an id below {@code id}, or above it ({@code above}). */
  boolean hasHistoryBeyond(long id, boolean above) {
    if (history.isEmpty()) {
      return false;
    }
    return above ? history.getLast().id() > id : history.getFirst().id() < id;
  }

  /** Remembers a timer, returning the one of the same id it replaces, or null. */
  TimerRecord putTimer(TimerRecord timer) {
    return timers.put(timer.timerId(), timer);
  }

  TimerRecord removeTimer(long timerId) {
    return timers.remove(timerId);
  }

  /** Forgets every timer, returning them. */
  List<TimerRecord> clearTimers() {
    List<TimerRecord> all = List.copyOf(timers.values());
    timers.clear();
    return all;
  }

  // History ids ascend with the list's order, so a binary search finds a position by id.
  private int firstIndexWithIdAbove(long id) {
    int low = 0;
    int high = history.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (history.get(mid).id() <= id) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
