package io.stepwise.engine.runtime;

import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.TaskTokens;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens of callback and activity tasks that wait now, and where each points: what
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat check a token against.
 */
final class CallbackTokens {
  private final Map<String, TaskTokens.Target> waiting = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byExecution = new ConcurrentHashMap<>();

  /** Brings the table in step with an execution after one of its steps (or its rebuild). */
  void track(LiveExecution live) {
    Set<String> previous = byExecution.remove(live.arn);
    if (previous != null) {
      previous.forEach(waiting::remove);
    }
    if (live.execution.isFinished()) {
      return;
    }
    Set<String> current = new HashSet<>();
    for (Execution.InFlightTask task : live.execution.inFlightTasks()) {
      if (task.taskToken() != null) {
        current.add(task.taskToken());
        waiting.put(task.taskToken(), new TaskTokens.Target(live.arn, task.taskId()));
      }
    }
    if (!current.isEmpty()) {
      byExecution.put(live.arn, current);
    }
  }

  /** Where a waiting token points, or {@code null} if its task does not wait (any more). */
  TaskTokens.Target target(String token) {
    return waiting.get(token);
  }
}
