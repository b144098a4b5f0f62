package io.stepwise.engine.runtime;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The threads running task invocations, by execution: interrupted when the execution ends. */
final class TaskThreads {
  private final Map<String, Set<Thread>> byExecution = new ConcurrentHashMap<>();

  /** The set a task thread of this execution registers itself in while it runs. */
  Set<Thread> of(String executionArn) {
    return byExecution.computeIfAbsent(executionArn, arn -> ConcurrentHashMap.newKeySet());
  }

  /** Interrupts whatever still runs for an execution that ended. */
  void interrupt(String executionArn) {
    Set<Thread> running = byExecution.remove(executionArn);
    if (running != null) {
      running.forEach(Thread::interrupt);
    }
  }
}
