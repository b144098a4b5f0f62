package io.stepwise.engine.runtime;

import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.TaskTokens;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens of callback and activity tasks that wait now, and where each points: what
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat check a token against.
 */
final class CallbackTokens {
  private final Map<String, WaitingTask> waiting = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byExecution = new ConcurrentHashMap<>();

  /** Brings the table in step with an execution after one of its steps (or its rebuild). */
  void track(LiveExecution live) {
    Set<String> current = new HashSet<>();
    if (!live.execution.isFinished()) {
      for (Execution.InFlightTask task : live.execution.inFlightTasks()) {
        if (task.taskToken() != null) {
          current.add(task.taskToken());
          // Added before the old ones are removed: a token that stays never looks absent.
          waiting.put(
              task.taskToken(),
              new WaitingTask(
                  task.taskToken(), live.arn, task.taskId(), task.stateName(), task.resource()));
        }
      }
    }
    Set<String> previous =
        current.isEmpty() ? byExecution.remove(live.arn) : byExecution.put(live.arn, current);
    if (previous != null) {
      for (String token : previous) {
        if (!current.contains(token)) {
          waiting.remove(token);
        }
      }
    }
  }

  /** Where a waiting token points, or {@code null} if its task does not wait (any more). */
  TaskTokens.Target target(String token) {
    WaitingTask task = waiting.get(token);
    return task == null ? null : new TaskTokens.Target(task.executionArn(), task.taskId());
  }

  /** Every task that waits now, by execution and then in the order the tasks were invoked. */
  List<WaitingTask> all() {
    return waiting.values().stream()
        .sorted(Comparator.comparing(WaitingTask::executionArn).thenComparing(WaitingTask::taskId))
        .toList();
  }
}
