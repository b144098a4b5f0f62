package io.stepwise.engine.runtime;

import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.TimerRecord;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * One kind of execution (Standard or Express) with its store, its committer, its timer thread and
 * the executions of it held in memory.
 */
final class Lane implements AutoCloseable {
  final ExecutionStore store;
  final boolean recordsHistory;
  final Committer committer;
  final TimerDriver timers;
  final ConcurrentHashMap<String, LiveExecution> live = new ConcurrentHashMap<>();

  Lane(
      ExecutionStore store,
      boolean recordsHistory,
      Clock clock,
      BiConsumer<Lane, TimerRecord> timerFired) {
    this.store = store;
    this.recordsHistory = recordsHistory;
    this.committer = new Committer(store);
    this.timers = new TimerDriver(store, clock, timer -> timerFired.accept(this, timer));
  }

  @Override
  public void close() {
    timers.close();
    committer.close();
  }
}
