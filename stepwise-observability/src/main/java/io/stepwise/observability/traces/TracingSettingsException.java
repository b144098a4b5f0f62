package io.stepwise.observability.traces;

/**
 * The OpenTelemetry settings ({@code OTEL_*}) ask for something that cannot be set up: an unknown
 * exporter, a malformed endpoint. A mistake of the user's, said in one line, not a crash.
 */
public final class TracingSettingsException extends RuntimeException {
  public TracingSettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
