package io.stepwise.observability.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.stepwise.engine.runtime.ExecutionListener;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RecordedStep;

/**
 * Step Functions' CloudWatch metrics for a runtime, in a Micrometer registry: executions per state
 * machine, Lambda functions, activities and service integrations per resource, and the engine's own
 * health. Names and what they count: {@code docs/observability.md}.
 *
 * <pre>{@code
 * StepwiseMetrics metrics = StepwiseMetrics.prometheus(runtime);
 * String text = metrics.scrape(); // what GET /metrics answers
 * }</pre>
 */
public final class StepwiseMetrics implements AutoCloseable {
  private final MeterRegistry registry;
  private final ExecutionRuntime runtime;
  private final ExecutionMetrics executions;
  private final TaskMetrics tasks;
  private final ExecutionListener listener;

  /** Held so that the engine's meters, which Micrometer holds weakly, keep their state. */
  private EngineMetrics engine;

  private StepwiseMetrics(MeterRegistry registry, ExecutionRuntime runtime) {
    this.registry = registry;
    this.runtime = runtime;
    this.executions = new ExecutionMetrics(registry);
    this.tasks = new TaskMetrics(registry);
    this.listener = this::recorded;
  }

  /** Counts what a runtime does from now on into a registry. */
  public static StepwiseMetrics bind(MeterRegistry registry, ExecutionRuntime runtime) {
    StepwiseMetrics metrics = new StepwiseMetrics(registry, runtime);
    metrics.engine = EngineMetrics.bind(registry, runtime);
    runtime.addListener(metrics.listener);
    return metrics;
  }

  /** Counts what a runtime does into a new Prometheus registry. */
  public static StepwiseMetrics prometheus(ExecutionRuntime runtime) {
    return bind(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), runtime);
  }

  /** The registry the metrics are in. */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Every metric in Prometheus's text format.
   *
   * @throws IllegalStateException if the registry is not a Prometheus registry
   */
  public String scrape() {
    if (registry instanceof PrometheusMeterRegistry prometheus) {
      return prometheus.scrape();
    }
    throw new IllegalStateException("Not a Prometheus registry: " + registry.getClass().getName());
  }

  /**
   * Counts a start refused because as many executions run as allowed ({@code ExecutionThrottled}).
   */
  public void throttled(String stateMachineArn) {
    executions.throttled(stateMachineArn);
  }

  private void recorded(RecordedStep step) {
    executions.recorded(step);
    tasks.recorded(step);
  }

  /** Stops counting; the meters stay in the registry with what they counted. */
  @Override
  public void close() {
    runtime.removeListener(listener);
  }
}
