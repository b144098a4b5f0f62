package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.asl.json.Json;
import io.stepwise.integrations.config.EventsSettings;
import io.stepwise.integrations.config.StepwiseConfig;
import io.stepwise.integrations.config.WebhookSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Status-change events posted to a webhook receiver on loopback: every change of every Standard
 * execution once, in order, also when the receiver fails at first.
 */
class StatusChangeEventsTest extends ServerTestSupport {
  /** The receiver answers 500 to its first requests, then 200. */
  private static final int FAILURES = 2;

  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer receiver;

  @Override
  ServerConfig configFor(Path dir) {
    try {
      receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    receiver.createContext(
        "/sfn",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean fail = requests.getAndIncrement() < FAILURES;
          if (!fail) {
            received.add(Json.parse(new String(body, StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(fail ? 500 : 200, -1);
          exchange.close();
        });
    receiver.start();
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/sfn");
    EventsSettings events =
        new EventsSettings(List.of(new WebhookSettings(url, Map.of())), 6, 0.005, 0.05);
    return ServerConfig.of(0, dir).withIntegrations(StepwiseConfig.EMPTY.withEvents(events));
  }

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  private List<String> statusesOf(String executionArn) {
    return received.stream()
        .filter(event -> event.at("/detail/executionArn").asText().equals(executionArn))
        .map(event -> event.at("/detail/status").asText())
        .toList();
  }

  private void awaitReceived(int count) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    while ((received.size() < count || !server.context().events().idle())
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
  }

  @Test
  void everyStatusChangeArrivesOnceInOrderAfterTheReceiversFirstFailures() throws Exception {
    String passing = createStateMachine("passing", PASS);
    String failing = createStateMachine("failing", FAIL);
    String waiting = createStateMachine("waiting", WAIT_10);
    String express =
        sfn.createStateMachine(
                b -> b.name("express").definition(PASS).roleArn(ROLE).type("EXPRESS"))
            .stateMachineArn();

    String succeeded =
        sfn.startExecution(b -> b.stateMachineArn(passing).name("s").input("{\"n\":1}"))
            .executionArn();
    String failed = sfn.startExecution(b -> b.stateMachineArn(failing).name("f")).executionArn();
    String aborted = sfn.startExecution(b -> b.stateMachineArn(waiting).name("a")).executionArn();
    sfn.stopExecution(b -> b.executionArn(aborted).error("Stop").cause("enough"));
    String fast = sfn.startExecution(b -> b.stateMachineArn(express).name("x")).executionArn();
    for (String arn : List.of(succeeded, failed, aborted, fast)) {
      awaitEnd(arn);
    }
    awaitReceived(6);

    assertThat(statusesOf(succeeded)).containsExactly("RUNNING", "SUCCEEDED");
    assertThat(statusesOf(failed)).containsExactly("RUNNING", "FAILED");
    assertThat(statusesOf(aborted)).containsExactly("RUNNING", "ABORTED");
    assertThat(statusesOf(fast)).as("AWS sends none for Express executions").isEmpty();
    assertThat(received).hasSize(6);
    assertThat(received.stream().map(event -> event.get("id").asText()).distinct()).hasSize(6);
    assertThat(requests).hasValue(6 + FAILURES);
    JsonNode end =
        received.stream()
            .filter(event -> event.at("/detail/executionArn").asText().equals(succeeded))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(end.get("detail-type").asText()).isEqualTo("Step Functions Execution Status Change");
    assertThat(end.get("source").asText()).isEqualTo("aws.states");
    assertThat(end.get("resources").get(0).asText()).isEqualTo(succeeded);
    assertThat(end.at("/detail/input").asText()).isEqualTo("{\"n\":1}");
    assertThat(end.at("/detail/output").asText()).isEqualTo("{\"n\":1}");
    JsonNode failure =
        received.stream()
            .filter(event -> event.at("/detail/status").asText().equals("FAILED"))
            .findFirst()
            .orElseThrow();
    assertThat(failure.at("/detail/error").asText()).isEqualTo("Boom");
    assertThat(failure.at("/detail/cause").asText()).isEqualTo("bad");
  }

  @Test
  void aRedriveIsAnnouncedAsRunningAgain() throws Exception {
    String failing = createStateMachine("redriven", FAIL);
    String arn = sfn.startExecution(b -> b.stateMachineArn(failing).name("r")).executionArn();
    awaitEnd(arn);
    awaitReceived(2);

    sfn.redriveExecution(b -> b.executionArn(arn));
    awaitEnd(arn);
    awaitReceived(4);

    assertThat(statusesOf(arn)).containsExactly("RUNNING", "FAILED", "RUNNING", "FAILED");
    assertThat(received.get(2).at("/detail/redriveCount").asInt()).isEqualTo(1);
  }
}
