package io.stepwise.engine.store;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * An {@link ExecutionStore} in memory: for tests, Express executions and {@code stepwise run}.
 * Nothing survives the process.
 *
 * <p>One read-write lock guards everything: a commit changes several executions and indexes at once
 * and must be seen whole, and in memory it takes microseconds, so finer locks would buy little.
 * Reads share the lock and return copies.
 */
public final class InMemoryExecutionStore implements ExecutionStore {
  private static final Comparator<TimerRecord> DUE_ORDER =
      Comparator.comparing(TimerRecord::due)
          .thenComparing(TimerRecord::executionArn)
          .thenComparingLong(TimerRecord::timerId);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, InMemoryExecution> executions = new HashMap<>();
  private final Map<NameKey, String> arnsByName = new HashMap<>();
  private final Map<String, NavigableMap<ListingKey, String>> listings = new HashMap<>();
  private final NavigableSet<TimerRecord> timers = new TreeSet<>(DUE_ORDER);
  private final NavigableSet<String> running = new TreeSet<>();
  private boolean closed;

  private record NameKey(String stateMachineArn, String name) {}

  @Override
  public void create(ExecutionRecord record, StepRecord start)
      throws ExecutionAlreadyExistsException {
    StepValidation.checkStart(record, start);
    lock.writeLock().lock();
    try {
      checkOpen();
      NameKey nameKey = new NameKey(record.stateMachineArn(), record.name());
      String existing = arnsByName.get(nameKey);
      if (existing != null || executions.containsKey(record.executionArn())) {
        throw new ExecutionAlreadyExistsException(
            existing != null ? existing : record.executionArn());
      }
      executions.put(record.executionArn(), new InMemoryExecution(record));
      arnsByName.put(nameKey, record.executionArn());
      listings
          .computeIfAbsent(record.stateMachineArn(), arn -> new TreeMap<>())
          .put(ListingKey.of(record), record.executionArn());
      if (record.status() == ExecutionStatus.RUNNING) {
        running.add(record.executionArn());
      }
      apply(start);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void redrive(StepRecord step) {
    lock.writeLock().lock();
    try {
      checkOpen();
      InMemoryExecution execution = executions.get(step.executionArn());
      if (execution == null || execution.record().status() == ExecutionStatus.RUNNING) {
        throw new IllegalStateException(
            "Expected an ended execution to redrive, but "
                + step.executionArn()
                + (execution == null ? " does not exist" : " is running"));
      }
      StepValidation.checkSequences(List.of(step), arn -> execution.lastSequence());
      execution.reopen();
      running.add(step.executionArn());
      apply(step);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void commit(List<StepRecord> steps) {
    lock.writeLock().lock();
    try {
      checkOpen();
      // Validate the whole batch before changing anything: a commit is all or nothing.
      StepValidation.checkSequences(
          steps,
          arn -> {
            InMemoryExecution execution = executions.get(arn);
            return execution == null ? null : execution.lastSequence();
          });
      steps.forEach(this::apply);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void apply(StepRecord step) {
    InMemoryExecution execution = executions.get(step.executionArn());
    execution.append(step.input(), step.events());
    for (TimerRecord timer : step.timersStarted()) {
      TimerRecord replaced = execution.putTimer(timer);
      if (replaced != null) {
        timers.remove(replaced);
      }
      timers.add(timer);
    }
    for (long timerId : step.timersCancelled()) {
      TimerRecord removed = execution.removeTimer(timerId);
      if (removed != null) {
        timers.remove(removed);
      }
    }
    if (step.end() != null) {
      execution.end(step.end());
      running.remove(step.executionArn());
      // An ended execution waits on nothing: a timer left behind would fire into the void.
      execution.clearTimers().forEach(timers::remove);
    }
  }

  @Override
  public Optional<ExecutionRecord> execution(String executionArn) {
    return read(
        () -> Optional.ofNullable(executions.get(executionArn)).map(InMemoryExecution::record));
  }

  @Override
  public Optional<ExecutionRecord> execution(String stateMachineArn, String name) {
    return read(() ->
        Optional.ofNullable(arnsByName.get(new NameKey(stateMachineArn, name)))
            .map(arn -> executions.get(arn).record()));
  }

  @Override
  public Page<ExecutionRecord> executions(
      String stateMachineArn, ExecutionStatus status, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    ListingKey after = nextToken == null ? null : ListingKey.fromToken(nextToken);
    return read(() -> {
      NavigableMap<ListingKey, String> listing =
          listings.getOrDefault(stateMachineArn, new TreeMap<>());
      NavigableMap<ListingKey, String> rest =
          after == null ? listing : listing.tailMap(after, false);
      List<ExecutionRecord> items = new ArrayList<>();
      ListingKey last = null;
      for (Map.Entry<ListingKey, String> entry : rest.entrySet()) {
        ExecutionRecord record = executions.get(entry.getValue()).record();
        if (status != null && record.status() != status) {
          continue;
        }
        if (items.size() == maxResults) {
          return new Page<>(items, last.toToken());
        }
        items.add(record);
        last = entry.getKey();
      }
      return new Page<>(items, null);
    });
  }

  @Override
  public List<Event> journal(String executionArn) {
    return read(() -> {
      InMemoryExecution execution = executions.get(executionArn);
      return execution == null ? List.of() : execution.journal();
    });
  }

  @Override
  public Page<HistoryEvent> history(
      String executionArn, boolean reverse, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    Long from = nextToken == null ? null : PageToken.number(nextToken);
    return read(() -> {
      InMemoryExecution execution = executions.get(executionArn);
      if (execution == null) {
        return new Page<HistoryEvent>(List.of(), null);
      }
      List<HistoryEvent> items =
          reverse
              ? execution.historyBefore(from == null ? Long.MAX_VALUE : from, maxResults)
              : execution.historyAfter(from == null ? Long.MIN_VALUE : from, maxResults);
      if (items.isEmpty()) {
        return new Page<>(items, null);
      }
      long lastId = items.getLast().id();
      boolean more = execution.hasHistoryBeyond(lastId, !reverse);
      return new Page<>(items, more ? PageToken.of(Long.toString(lastId)) : null);
    });
  }

  @Override
  public List<TimerRecord> dueTimers(Instant until, int limit) {
    return read(() -> {
      List<TimerRecord> due = new ArrayList<>();
      for (TimerRecord timer : timers) {
        if (due.size() == limit || timer.due().isAfter(until)) {
          break;
        }
        due.add(timer);
      }
      return due;
    });
  }

  @Override
  public Optional<TimerRecord> nextTimer() {
    return read(() -> timers.isEmpty() ? Optional.empty() : Optional.of(timers.first()));
  }

  @Override
  public long timerCount() {
    return read(() -> (long) timers.size());
  }

  @Override
  public List<String> runningExecutions(String afterArn, int limit) {
    return read(() -> {
      NavigableSet<String> rest = afterArn == null ? running : running.tailSet(afterArn, false);
      return rest.stream().limit(limit).toList();
    });
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      closed = true;
      executions.clear();
      arnsByName.clear();
      listings.clear();
      timers.clear();
      running.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      checkOpen();
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the execution store is closed");
    }
  }
}
