package io.stepwise.engine.runtime;

import io.stepwise.engine.store.ExecutionRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Callers waiting for executions to end (awaitEnd, StartSyncExecution, tests). */
final class EndWaiters {
  private final Map<String, List<CompletableFuture<ExecutionRecord>>> waiting =
      new ConcurrentHashMap<>();

  CompletableFuture<ExecutionRecord> register(String executionArn) {
    CompletableFuture<ExecutionRecord> ended = new CompletableFuture<>();
    waiting.computeIfAbsent(executionArn, arn -> new CopyOnWriteArrayList<>()).add(ended);
    return ended;
  }

  /** Whether anyone waits for this execution: if not, its record need not be read. */
  boolean any(String executionArn) {
    return waiting.containsKey(executionArn);
  }

  void complete(String executionArn, ExecutionRecord record) {
    List<CompletableFuture<ExecutionRecord>> futures = waiting.remove(executionArn);
    if (futures != null) {
      futures.forEach(future -> future.complete(record));
    }
  }
}
