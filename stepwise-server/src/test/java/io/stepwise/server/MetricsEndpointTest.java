package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.interpreter.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionLimitExceededException;

/** {@code GET /metrics}: Prometheus's text, counting what the API's clients did. */
class MetricsEndpointTest extends ServerTestSupport {

  @Override
  ServerConfig configFor(Path dir) {
    // One open execution at most, so a second start is throttled.
    return ServerConfig.of(0, dir).withLimits(new Limits(25_000, 256 * 1024, 3600, 300, 1));
  }

  @Test
  void countsExecutionsAndThrottledStartsPerStateMachine() throws Exception {
    String passes = createStateMachine("Passes", PASS);
    String fails = createStateMachine("Fails", FAIL);
    String waits = createStateMachine("Waits", WAIT_10);
    awaitEnd(sfn.startExecution(b -> b.stateMachineArn(passes)).executionArn());
    awaitEnd(sfn.startExecution(b -> b.stateMachineArn(passes)).executionArn());
    awaitEnd(sfn.startExecution(b -> b.stateMachineArn(fails)).executionArn());
    String waiting = sfn.startExecution(b -> b.stateMachineArn(waits)).executionArn();
    assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(passes)))
        .isInstanceOf(ExecutionLimitExceededException.class);

    HttpResponse<String> metrics = scrape();

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(metrics.body())
        .contains("stepwise_executions_started_total{state_machine_arn=\"" + passes + "\"} 2.0")
        .contains("stepwise_executions_succeeded_total{state_machine_arn=\"" + passes + "\"} 2.0")
        .contains("stepwise_executions_failed_total{state_machine_arn=\"" + fails + "\"} 1.0")
        .contains("stepwise_execution_throttled_total{state_machine_arn=\"" + passes + "\"} 1.0")
        .contains("stepwise_executions_open 1.0");
    sfn.stopExecution(b -> b.executionArn(waiting));
    awaitEnd(waiting);
    // The end is durable, and so described, a moment before the metrics hear of it.
    long deadline = System.nanoTime() + 10_000_000_000L;
    String aborted = "stepwise_executions_aborted_total{state_machine_arn=\"" + waits + "\"} 1.0";
    String after = scrape().body();
    while (!after.contains(aborted) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      after = scrape().body();
    }
    assertThat(after).contains(aborted).contains("stepwise_executions_open 0.0");
  }

  private HttpResponse<String> scrape() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
