package io.stepwise.observability.traces;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Instant;

/**
 * Makes one finished span at a time, with the ids, parent and times it is given: the SDK takes the
 * ids from {@link PlannedIds} as the span starts.
 */
final class SpanEmitter {
  /** A span to make: all of it is known, since it is made once it has ended. */
  record Finished(
      String traceId,
      String spanId,
      SpanContext parent,
      String name,
      SpanKind kind,
      Instant start,
      Instant end,
      Attributes attributes,
      String error,
      String cause) {}

  private final Tracer tracer;
  private final PlannedIds ids;

  SpanEmitter(Tracer tracer, PlannedIds ids) {
    this.tracer = tracer;
    this.ids = ids;
  }

  void emit(Finished finished) {
    Context parent =
        finished.parent() == null || !finished.parent().isValid()
            ? Context.root()
            : Context.root().with(Span.wrap(finished.parent()));
    AttributesBuilder attributes = finished.attributes().toBuilder();
    if (finished.error() != null) {
      attributes.put(TraceAttributes.ERROR, finished.error());
      attributes.put(TraceAttributes.ERROR_TYPE, finished.error());
      if (finished.cause() != null) {
        attributes.put(TraceAttributes.CAUSE, finished.cause());
      }
    }
    Span span =
        ids.with(
            finished.traceId(),
            finished.spanId(),
            () ->
                tracer
                    .spanBuilder(finished.name())
                    .setParent(parent)
                    .setSpanKind(finished.kind())
                    .setStartTimestamp(finished.start())
                    .setAllAttributes(attributes.build())
                    .startSpan());
    if (finished.error() != null) {
      span.setStatus(StatusCode.ERROR, finished.error());
    }
    span.end(finished.end().isBefore(finished.start()) ? finished.start() : finished.end());
  }
}
