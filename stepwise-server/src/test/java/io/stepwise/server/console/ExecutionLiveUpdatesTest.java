package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The execution page's server-sent events: an update when the execution moves, then the end. */
class ExecutionLiveUpdatesTest extends ConsoleTestSupport {
  private static final String END = "\u0000end of stream";

  @Test
  void anUpdateComesWhenAWaitingExecutionAdvancesAndTheStreamClosesWhenItEnds() throws Exception {
    String activity = sfn.createActivity(b -> b.name("review")).activityArn();
    String machine = createStateMachine("Reviews", ActivityPagesTest.review(activity));
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    BlockingQueue<String> lines = connect(arn);

    assertThat(readUntil(lines, "event: events")).contains("event: summary", "status-RUNNING");
    String token = sfn.getActivityTask(b -> b.activityArn(activity).workerName("test")).taskToken();
    assertThat(readUntil(lines, "ActivityStarted")).as("the worker's start is pushed").isNotNull();
    sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"ok\":true}"));

    String rest = readUntil(lines, END);
    assertThat(rest)
        .contains("event: summary", "status-SUCCEEDED", "ActivitySucceeded", "ExecutionSucceeded")
        .contains("event: ended");
    assertThat(rest.indexOf("event: ended")).isGreaterThan(rest.lastIndexOf("event: events"));
  }

  @Test
  void anEndedExecutionSendsItsLastStateAndCloses() throws Exception {
    String machine =
        createStateMachine(
            "Passes", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    awaitEnd(arn);

    String all = readUntil(connect(arn), END);

    assertThat(all).contains("event: summary", "event: graph", "event: events", "event: ended");
  }

  private BlockingQueue<String> connect(String arn) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base + "/execution/live?arn=" + URLEncoder.encode(arn, StandardCharsets.UTF_8)))
            .header("Accept", "text/event-stream")
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> {
          try (Stream<String> body = response.body()) {
            body.forEach(lines::add);
          } finally {
            lines.add(END);
          }
        });
    return lines;
  }

  /** The lines read until one contains {@code marker} (which is included), joined. */
  private static String readUntil(BlockingQueue<String> lines, String marker)
      throws InterruptedException {
    StringBuilder read = new StringBuilder();
    while (true) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).as("a line before " + marker + " after:\n" + read).isNotNull();
      read.append(line).append('\n');
      if (line.contains(marker)) {
        return read.toString();
      }
    }
  }
}
