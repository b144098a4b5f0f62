package io.stepwise.integrations;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.function.BiConsumer;

/**
 * Passes the current trace context on to a call a task makes, as W3C's {@code traceparent} (and
 * {@code tracestate}) headers. The server runs each task attempt in its span's context when tracing
 * is on; otherwise there is no context, and nothing is added.
 */
public final class TraceContext {
  private TraceContext() {}

  /** Adds the headers of the current context through {@code header(name, value)}. */
  public static void inject(BiConsumer<String, String> header) {
    W3CTraceContextPropagator.getInstance()
        .inject(Context.current(), header, (carrier, name, value) -> carrier.accept(name, value));
  }
}
