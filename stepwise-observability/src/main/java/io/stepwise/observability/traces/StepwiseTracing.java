package io.stepwise.observability.traces;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ExecutionListener;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RecordedStep;
import io.stepwise.engine.task.TaskAround;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Step Functions' traces for a runtime, through the OpenTelemetry SDK: for each execution of a
 * state machine whose {@code tracingConfiguration} is enabled, a span for the execution, one per
 * state and one per task attempt, and the attempt's context passed on to the HTTP and Lambda calls
 * it makes. Spans are made from the durable steps, after the fact, with the times of their events;
 * nothing is held open between steps. What the spans hold: {@code docs/observability.md}.
 *
 * <pre>{@code
 * StepwiseTracing tracing =
 *     StepwiseTracing.create(SdkTracerProvider.builder().addSpanProcessor(processor), traced);
 * tracing.bind(runtime, tasks); // before runtime.recover()
 * }</pre>
 */
public final class StepwiseTracing implements AutoCloseable {
  private final SdkTracerProvider provider;
  private final SpanEmitter emitter;
  private final TracedStateMachines traced;
  private final Map<String, ExecutionTrace> executions = new ConcurrentHashMap<>();
  private final ExecutionListener listener = this::recorded;
  private final TaskAround around = this::around;
  private final String destination;
  private ExecutionRuntime runtime;

  StepwiseTracing(
      SdkTracerProvider provider, PlannedIds ids, TracedStateMachines traced, String destination) {
    this.provider = provider;
    this.emitter = new SpanEmitter(provider.get("io.stepwise"), ids);
    this.traced = traced;
    this.destination = destination;
  }

  /**
   * Traces into a tracer provider built from this builder, whose id generator it sets: span ids
   * must be known before the spans are made.
   *
   * @param traced whether a state machine (or version) has tracing enabled
   */
  public static StepwiseTracing create(
      SdkTracerProviderBuilder builder, TracedStateMachines traced) {
    PlannedIds ids = new PlannedIds();
    return new StepwiseTracing(
        builder.setIdGenerator(ids).build(), ids, traced, "the given tracer provider");
  }

  /**
   * Traces as the standard {@code OTEL_*} environment variables (or {@code otel.*} system
   * properties) say, if they name an exporter or an OTLP endpoint; else empty, and tracing costs
   * nothing.
   *
   * @param properties {@code otel.*} properties that take precedence over the environment's
   */
  public static Optional<StepwiseTracing> autoconfigure(
      Map<String, String> properties, TracedStateMachines traced) {
    return TracingAutoconfiguration.configure(properties, traced);
  }

  /** Where the spans go, to be logged once at start. */
  public String destination() {
    return destination;
  }

  /**
   * Hears the runtime's steps, and runs the calls of these task resources in their attempt's trace
   * context. Bind before {@link ExecutionRuntime#recover()}, so that resumed executions are traced.
   */
  public StepwiseTracing bind(ExecutionRuntime runtime, TaskResources tasks) {
    this.runtime = runtime;
    runtime.addListener(listener);
    tasks.around(around);
    return this;
  }

  /** The trace context of a task attempt, or an invalid one for an attempt not traced. */
  public SpanContext attemptContext(TaskInvocation invocation) {
    ExecutionTrace trace = executions.get(invocation.executionArn());
    if (trace == null || invocation.scheduledEventId() <= 0) {
      return SpanContext.getInvalid();
    }
    return trace.attemptContext(invocation.scheduledEventId());
  }

  private TaskOutcome around(TaskInvocation invocation, Supplier<TaskOutcome> call) {
    SpanContext attempt = attemptContext(invocation);
    if (!attempt.isValid()) {
      return call.get();
    }
    Scope scope = Context.root().with(Span.wrap(attempt)).makeCurrent();
    try {
      return call.get();
    } finally {
      scope.close();
    }
  }

  private void recorded(RecordedStep step) {
    if (step.type() == StateMachineType.EXPRESS || step.events().isEmpty() && !step.ended()) {
      return; // Express executions keep no history to make spans from.
    }
    ExecutionTrace trace = executions.get(step.executionArn());
    if (trace == null || step.started() || startsARedrive(step)) {
      trace = null;
      if (traced.traced(step.execution().stateMachineArn())) {
        trace = new ExecutionTrace(step.execution(), emitter);
        if (trace.sampled()) {
          executions.put(step.executionArn(), trace);
        } else {
          trace = null;
        }
      }
    }
    if (trace != null) {
      for (HistoryEvent event : step.events()) {
        trace.heard(event);
      }
      if (step.ended()) {
        trace.ended(step.end());
      }
    }
    if (step.ended()) {
      executions.remove(step.executionArn());
    }
  }

  private static boolean startsARedrive(RecordedStep step) {
    return step.events().stream()
        .anyMatch(e -> e.type() == io.stepwise.engine.history.HistoryEventType.EXECUTION_REDRIVEN);
  }

  /** How many executions are being traced: each is forgotten when it ends. */
  int openExecutions() {
    return executions.size();
  }

  /** Sends what is waiting to be exported, waiting at most this long. */
  public boolean flush(long timeout, TimeUnit unit) {
    return provider.forceFlush().join(timeout, unit).isSuccess();
  }

  /** Stops tracing, then flushes and shuts down the SDK. */
  @Override
  public void close() {
    if (runtime != null) {
      runtime.removeListener(listener);
    }
    CompletableResultCode shutdown = provider.shutdown();
    shutdown.join(10, TimeUnit.SECONDS);
  }
}
