package io.stepwise.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.runtime.RecordedStep;
import io.stepwise.engine.store.ExecutionEnd;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudWatch's execution metrics, per state machine: {@code ExecutionsStarted}, {@code
 * ExecutionsSucceeded}, {@code ExecutionsFailed}, {@code ExecutionsAborted}, {@code
 * ExecutionsTimedOut}, {@code ExecutionsRedriven}, the {@code RedrivenExecutions*} ends, and {@code
 * ExecutionTime}. An execution that ends again after a redrive counts again in {@code
 * ExecutionsSucceeded} (and the others) and also in {@code RedrivenExecutionsSucceeded}; its {@code
 * ExecutionTime} runs from the redrive.
 */
final class ExecutionMetrics {
  private final MeterRegistry registry;

  /** When each execution that is running again after a redrive was redriven. */
  private final Map<String, Instant> redriven = new ConcurrentHashMap<>();

  ExecutionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void recorded(RecordedStep step) {
    String machine = step.execution().stateMachineArn();
    if (step.started()) {
      counter(MetricNames.EXECUTIONS + ".started", machine).increment();
    }
    for (HistoryEvent event : step.events()) {
      if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
        counter(MetricNames.EXECUTIONS + ".redriven", machine).increment();
        redriven.put(step.executionArn(), event.timestamp());
      }
    }
    if (step.ended()) {
      ended(step, machine);
    }
  }

  private void ended(RecordedStep step, String machine) {
    ExecutionEnd end = step.end();
    String status = statusName(end.status());
    counter(MetricNames.EXECUTIONS + "." + status, machine).increment();
    Instant redrive = redriven.remove(step.executionArn());
    if (redrive != null || step.execution().redriveCount() > 0) {
      counter(MetricNames.REDRIVEN_EXECUTIONS + "." + status, machine).increment();
    }
    Instant from = redrive != null ? redrive : step.execution().startDate();
    Timer.builder(MetricNames.EXECUTION_TIME)
        .description("ExecutionTime: from an execution's start (or redrive) to its end")
        .tag(MetricNames.STATE_MACHINE_ARN, machine)
        .register(registry)
        .record(Duration.between(from, end.stopDate()));
  }

  /** Counted when a start is refused because as many executions run as allowed. */
  void throttled(String machine) {
    counter(MetricNames.EXECUTION_THROTTLED, machine).increment();
  }

  private Counter counter(String name, String machine) {
    return Counter.builder(name).tag(MetricNames.STATE_MACHINE_ARN, machine).register(registry);
  }

  /** {@code succeeded}, {@code failed}, {@code aborted} or {@code timed.out}. */
  private static String statusName(ExecutionStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '.');
  }
}
