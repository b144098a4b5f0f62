package io.stepwise.observability.traces;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenTelemetry SDK as its standard settings configure it ({@code OTEL_TRACES_EXPORTER}, {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_SERVICE_NAME}, ...), for traces only: metrics and logs
 * have their own ways out of Stepwise. Nothing is built unless an exporter or an endpoint is named.
 */
final class TracingAutoconfiguration {
  private static final String EXPORTER = "otel.traces.exporter";
  private static final String ENDPOINT = "otel.exporter.otlp.endpoint";
  private static final String TRACES_ENDPOINT = "otel.exporter.otlp.traces.endpoint";

  private TracingAutoconfiguration() {}

  static Optional<StepwiseTracing> configure(
      Map<String, String> properties, TracedStateMachines traced) {
    if ("true".equalsIgnoreCase(setting(properties, "otel.sdk.disabled"))) {
      return Optional.empty();
    }
    String exporter = setting(properties, EXPORTER);
    String endpoint = setting(properties, TRACES_ENDPOINT);
    String base = setting(properties, ENDPOINT);
    if ("none".equalsIgnoreCase(exporter)
        || (exporter == null && endpoint == null && base == null)) {
      return Optional.empty();
    }
    Map<String, String> defaults = new HashMap<>();
    defaults.put("otel.service.name", "stepwise");
    defaults.put(EXPORTER, "otlp");
    // The JDK's HttpClient sends OTLP over HTTP only: no gRPC sender is on the class path.
    defaults.put("otel.exporter.otlp.protocol", "http/protobuf");
    defaults.put("otel.metrics.exporter", "none");
    defaults.put("otel.logs.exporter", "none");
    PlannedIds ids = new PlannedIds();
    AutoConfiguredOpenTelemetrySdk sdk;
    try {
      sdk =
          AutoConfiguredOpenTelemetrySdk.builder()
              .addPropertiesSupplier(() -> defaults)
              .addPropertiesCustomizer(config -> properties)
              .addTracerProviderCustomizer((builder, config) -> builder.setIdGenerator(ids))
              .build();
    } catch (ConfigurationException wrong) {
      throw new TracingSettingsException(
          "The OpenTelemetry settings (OTEL_* variables, otel.* properties) cannot be used: "
              + wrong.getMessage(),
          wrong);
    }
    SdkTracerProvider provider = sdk.getOpenTelemetrySdk().getSdkTracerProvider();
    return Optional.of(
        new StepwiseTracing(provider, ids, traced, destination(exporter, endpoint, base)));
  }

  /** Where spans go, as the settings say: the exporter, and the OTLP endpoint where it is OTLP. */
  private static String destination(String exporter, String endpoint, String base) {
    String name = exporter == null ? "otlp" : exporter;
    if (!name.contains("otlp")) {
      return name;
    }
    String url =
        endpoint != null
            ? endpoint
            : (base != null ? base.replaceAll("/+$", "") : "http://localhost:4318") + "/v1/traces";
    return "OTLP at " + url;
  }

  /** A setting from the given properties, else a system property, else the environment. */
  private static String setting(Map<String, String> properties, String key) {
    String value = properties.get(key);
    if (value == null) {
      value = System.getProperty(key);
    }
    if (value == null) {
      value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
