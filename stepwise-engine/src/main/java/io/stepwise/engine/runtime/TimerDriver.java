package io.stepwise.engine.runtime;

import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.TimerRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Fires the timers that the store keeps. One thread for all timers: it waits until the earliest is
 * due (or until woken because an earlier one was added), then hands every due timer over. No
 * execution holds a thread while it waits, and waiting executions need not be in memory.
 */
final class TimerDriver implements AutoCloseable {

  /** How long to sleep at most: timers can appear that nobody woke us for (another writer). */
  private static final Duration MAX_SLEEP = Duration.ofSeconds(1);

  /** How many due timers to take from the store per round. */
  private static final int BATCH = 1_000;

  private final ExecutionStore store;
  private final Clock clock;
  private final Consumer<TimerRecord> fire;

  /** Timers handed over whose consuming step is not yet committed: not to be fired twice. */
  private final Set<String> firing = ConcurrentHashMap.newKeySet();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean wakeRequested;
  private volatile boolean running = true;
  private final Thread thread;

  TimerDriver(ExecutionStore store, Clock clock, Consumer<TimerRecord> fire) {
    this.store = store;
    this.clock = clock;
    this.fire = fire;
    this.thread = Thread.ofPlatform().name("stepwise-timers").daemon().start(this::loop);
  }

  /** A timer was added or the clock moved: look again now. */
  void wake() {
    lock.lock();
    try {
      wakeRequested = true;
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The step that consumed (or dropped) a fired timer is committed: it is gone from the store. */
  void settled(String executionArn, long timerId) {
    firing.remove(key(executionArn, timerId));
  }

  private void loop() {
    while (running) {
      try {
        Instant now = clock.instant();
        List<TimerRecord> due = store.dueTimers(now, BATCH);
        boolean handedOver = false;
        for (TimerRecord timer : due) {
          if (firing.add(key(timer.executionArn(), timer.timerId()))) {
            fire.accept(timer);
            handedOver = true;
          }
        }
        if (!handedOver || due.size() < BATCH) {
          sleep(nextWait(now));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A store hiccup must not end timer delivery; try again shortly.
        sleepQuietly(Duration.ofMillis(100));
      }
    }
  }

  private Duration nextWait(Instant now) {
    Optional<TimerRecord> next = store.nextTimer();
    if (next.isEmpty()) {
      return MAX_SLEEP;
    }
    TimerRecord timer = next.get();
    if (firing.contains(key(timer.executionArn(), timer.timerId()))) {
      // Already handed over, its step not yet committed: look again very soon.
      return Duration.ofMillis(5);
    }
    Duration wait = Duration.between(now, timer.due());
    return wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : wait;
  }

  private void sleep(Duration wait) throws InterruptedException {
    if (wait.isZero()) {
      return;
    }
    lock.lock();
    try {
      if (!wakeRequested) {
        woken.await(wait.toNanos(), TimeUnit.NANOSECONDS);
      }
      wakeRequested = false;
    } finally {
      lock.unlock();
    }
  }

  private static void sleepQuietly(Duration wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String key(String executionArn, long timerId) {
    return executionArn + '#' + timerId;
  }

  @Override
  public void close() {
    running = false;
    wake();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
