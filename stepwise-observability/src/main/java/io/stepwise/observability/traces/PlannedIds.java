package io.stepwise.observability.traces;

import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * The SDK's id generator, told the ids of the span about to start: spans are made after the fact,
 * and a child emitted first must already name its parent's id. Ids not planned (by a span this
 * tracer did not make) are random.
 */
final class PlannedIds implements IdGenerator {
  private record Planned(String traceId, String spanId) {}

  private final ThreadLocal<Planned> next = new ThreadLocal<>();
  private final IdGenerator random = IdGenerator.random();

  /** Runs {@code start} (which starts one span) with these ids planned for it. */
  <T> T with(String traceId, String spanId, java.util.function.Supplier<T> start) {
    next.set(new Planned(traceId, spanId));
    try {
      return start.get();
    } finally {
      next.remove();
    }
  }

  @Override
  public String generateSpanId() {
    Planned planned = next.get();
    return planned == null ? random.generateSpanId() : planned.spanId();
  }

  @Override
  public String generateTraceId() {
    Planned planned = next.get();
    return planned == null ? random.generateTraceId() : planned.traceId();
  }
}
