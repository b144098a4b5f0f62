package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With an OTLP endpoint configured the standard way ({@code otel.exporter.otlp.endpoint}, as {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} would), executions of state machines with tracing enabled reach an
 * OTLP/HTTP receiver as one tree per execution; others send nothing.
 */
class TracesOverOtlpTest extends ServerTestSupport {
  static final String HEADER =
      "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
  static OtlpReceiver receiver;

  @BeforeAll
  static void receive() throws Exception {
    receiver = new OtlpReceiver();
    // Read when each server starts; system properties stand in for the OTEL_* variables.
    System.setProperty("otel.exporter.otlp.endpoint", receiver.endpoint());
    System.setProperty("otel.bsp.schedule.delay", "50");
  }

  @AfterAll
  static void stopReceiving() {
    System.clearProperty("otel.exporter.otlp.endpoint");
    System.clearProperty("otel.bsp.schedule.delay");
    receiver.close();
  }

  @Test
  void aTracedExecutionReachesTheReceiverAsOneTree() throws Exception {
    String traced =
        sfn.createStateMachine(b ->
                b.name("Traced")
                    .definition(PASS)
                    .roleArn(ROLE)
                    .tracingConfiguration(t -> t.enabled(true)))
            .stateMachineArn();
    String untraced = createStateMachine("Untraced", PASS);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(traced).traceHeader(HEADER)).executionArn();
    awaitEnd(sfn.startExecution(b -> b.stateMachineArn(untraced)).executionArn());
    awaitEnd(arn);

    List<OtlpReceiver.ReceivedSpan> spans = awaitSpans(2);
    Map<String, OtlpReceiver.ReceivedSpan> byName =
        Map.of(spans.get(0).name(), spans.get(0), spans.get(1).name(), spans.get(1));
    assertThat(byName).containsOnlyKeys("Traced", "P");
    assertThat(spans)
        .extracting(OtlpReceiver.ReceivedSpan::traceId)
        .containsOnly("5759e988bd862e3fe1be46a994272793");
    assertThat(byName.get("Traced").parentSpanId()).isEqualTo("53995c3f42cd8ad8");
    assertThat(byName.get("P").parentSpanId()).isEqualTo(byName.get("Traced").spanId());
    assertThat(receiver.contentTypes).containsOnly("application/x-protobuf");

    // Closing the server flushes; nothing of the untraced execution ever comes.
    stopServer();
    server = null;
    sfn = null;
    assertThat(receiver.spans).hasSize(2);
  }

  private static List<OtlpReceiver.ReceivedSpan> awaitSpans(int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (receiver.spans.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(receiver.spans).hasSize(count);
    return List.copyOf(receiver.spans);
  }
}
