package io.stepwise.observability.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RuntimeStats;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The engine's own health, read from {@link ExecutionRuntime#stats()} when scraped: open and
 * in-memory executions, group commits (their count, latency and batch size), steps waiting to be
 * committed, timers waiting, and tasks invoked again after a recovery. Micrometer's meters hold
 * their state weakly: whoever binds these keeps the returned instance, or the meters read NaN once
 * it is collected.
 */
final class EngineMetrics {
  private final ExecutionRuntime runtime;

  private EngineMetrics(ExecutionRuntime runtime) {
    this.runtime = runtime;
  }

  static EngineMetrics bind(MeterRegistry registry, ExecutionRuntime runtime) {
    EngineMetrics engine = new EngineMetrics(runtime);
    engine.gauge(
        registry,
        "stepwise.executions.open",
        "OpenExecutionCount: Standard executions running",
        RuntimeStats::openExecutions);
    engine.gauge(
        registry,
        MetricNames.ENGINE + ".executions.in.memory",
        "Executions held in memory (waiting ones are not)",
        RuntimeStats::liveExecutions);
    engine.gauge(
        registry,
        MetricNames.ENGINE + ".commit.queue",
        "Steps ready and waiting for the next group commit",
        RuntimeStats::waitingCommits);
    Gauge.builder(MetricNames.ENGINE + ".timers", runtime, ExecutionRuntime::timerCount)
        .description("Timers waiting in the durable store")
        .strongReference(true)
        .register(registry);
    FunctionCounter.builder(
            MetricNames.ENGINE + ".committed.steps", engine, e -> e.stats().committedSteps())
        .description("Steps made durable: divided by the commits, the group-commit batch size")
        .register(registry);
    FunctionTimer.builder(
            MetricNames.ENGINE + ".commit",
            engine,
            e -> e.stats().commits(),
            e -> e.stats().commitNanos(),
            TimeUnit.NANOSECONDS)
        .description("Group commits of the durable store and the time they took")
        .register(registry);
    FunctionCounter.builder(
            MetricNames.ENGINE + ".tasks.reinvoked", engine, e -> e.stats().reinvokedTasks())
        .description("Task invocations issued again after a recovery (at-least-once)")
        .register(registry);
    return engine;
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      ToDoubleFunction<RuntimeStats> value) {
    Gauge.builder(name, this, engine -> value.applyAsDouble(engine.stats()))
        .description(description)
        .strongReference(true)
        .register(registry);
  }

  private RuntimeStats stats() {
    return runtime.stats();
  }
}
