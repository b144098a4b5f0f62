package io.stepwise.observability.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.runtime.RecordedStep;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudWatch's task metrics, made from history events: for Lambda functions, activities and service
 * integrations, how many were scheduled, started, succeeded, failed and timed out (and activities'
 * heartbeat timeouts), and their schedule time (scheduled to started), run time (started to end)
 * and time (scheduled to end).
 *
 * <p>A task's events are linked as AWS links them, each to the one before by {@code
 * previousEventId} (scheduled, started, maybe submitted, then its end), so tasks that run at once
 * in Parallel branches or Map iterations are told apart. What is open is kept per execution and
 * dropped when the execution ends.
 */
final class TaskMetrics {
  /** A task that has not ended: what it is and when it was scheduled and started. */
  private record OpenTask(TaskKind kind, String resource, Instant scheduled, Instant started) {}

  private final MeterRegistry registry;
  private final Map<String, Map<Long, OpenTask>> openByExecution = new ConcurrentHashMap<>();

  TaskMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void recorded(RecordedStep step) {
    if (!step.events().isEmpty()) {
      Map<Long, OpenTask> open =
          openByExecution.computeIfAbsent(step.executionArn(), arn -> new HashMap<>());
      for (HistoryEvent event : step.events()) {
        heard(event, open);
      }
    }
    if (step.ended()) {
      openByExecution.remove(step.executionArn());
    }
  }

  private void heard(HistoryEvent event, Map<Long, OpenTask> open) {
    switch (event.type()) {
      case LAMBDA_FUNCTION_SCHEDULED ->
          scheduled(event, open, TaskKind.LAMBDA, text(event.details(), "resource"));
      case ACTIVITY_SCHEDULED ->
          scheduled(event, open, TaskKind.ACTIVITY, text(event.details(), "resource"));
      case TASK_SCHEDULED ->
          scheduled(event, open, TaskKind.SERVICE_INTEGRATION, serviceArn(event.details()));
      case LAMBDA_FUNCTION_STARTED, ACTIVITY_STARTED, TASK_STARTED -> started(event, open);
      case TASK_SUBMITTED -> {
        OpenTask task = open.remove(event.previousEventId());
        if (task != null) {
          open.put(event.id(), task);
        }
      }
      case LAMBDA_FUNCTION_SUCCEEDED, ACTIVITY_SUCCEEDED, TASK_SUCCEEDED ->
          ended(event, open, "succeeded");
      case LAMBDA_FUNCTION_FAILED,
          LAMBDA_FUNCTION_SCHEDULE_FAILED,
          LAMBDA_FUNCTION_START_FAILED,
          ACTIVITY_FAILED,
          ACTIVITY_SCHEDULE_FAILED,
          TASK_FAILED,
          TASK_START_FAILED,
          TASK_SUBMIT_FAILED ->
          ended(event, open, "failed");
      case LAMBDA_FUNCTION_TIMED_OUT, TASK_TIMED_OUT -> ended(event, open, "timed.out");
      case ACTIVITY_TIMED_OUT -> {
        OpenTask task = open.get(event.previousEventId());
        if (task != null && "States.HeartbeatTimeout".equals(text(event.details(), "error"))) {
          counter(task, "heartbeat.timed.out").increment();
        }
        ended(event, open, "timed.out");
      }
      default -> {}
    }
  }

  private void scheduled(
      HistoryEvent event, Map<Long, OpenTask> open, TaskKind kind, String resource) {
    OpenTask task = new OpenTask(kind, resource, event.timestamp(), null);
    open.put(event.id(), task);
    counter(task, "scheduled").increment();
  }

  private void started(HistoryEvent event, Map<Long, OpenTask> open) {
    OpenTask scheduled = open.remove(event.previousEventId());
    if (scheduled == null) {
      return;
    }
    OpenTask task =
        new OpenTask(
            scheduled.kind(), scheduled.resource(), scheduled.scheduled(), event.timestamp());
    open.put(event.id(), task);
    counter(task, "started").increment();
    timer(task, "schedule.time").record(Duration.between(task.scheduled(), task.started()));
  }

  private void ended(HistoryEvent event, Map<Long, OpenTask> open, String outcome) {
    OpenTask task = open.remove(event.previousEventId());
    if (task == null) {
      return;
    }
    counter(task, outcome).increment();
    if (task.started() != null) {
      timer(task, "run.time").record(Duration.between(task.started(), event.timestamp()));
    }
    timer(task, "time").record(Duration.between(task.scheduled(), event.timestamp()));
  }

  private Counter counter(OpenTask task, String what) {
    return Counter.builder(task.kind().prefix + "." + what)
        .tag(task.kind().tag, task.resource())
        .register(registry);
  }

  private Timer timer(OpenTask task, String what) {
    return Timer.builder(task.kind().timePrefix + "." + what)
        .tag(task.kind().tag, task.resource())
        .register(registry);
  }

  /**
   * A service integration's ARN, as CloudWatch names it: {@code arn:aws:states:::lambda:invoke}.
   */
  private static String serviceArn(ObjectNode details) {
    return "arn:aws:states:::" + text(details, "resourceType") + ":" + text(details, "resource");
  }

  private static String text(ObjectNode details, String field) {
    return details == null || details.path(field).isMissingNode()
        ? ""
        : details.path(field).asText();
  }
}
