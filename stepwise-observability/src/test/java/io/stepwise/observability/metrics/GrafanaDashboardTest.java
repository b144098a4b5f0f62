package io.stepwise.observability.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ActivityTask;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResource;
import io.stepwise.engine.task.TaskResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard in docs/ asks only for metrics that exist: after executions that end in
 * every way and tasks of every family that end in every way, every series it queries is scraped.
 */
class GrafanaDashboardTest {
  private static final Path DASHBOARD = Path.of("../docs/grafana/stepwise-dashboard.json");
  private static final String MACHINES = "arn:aws:states:us-east-1:123456789012:stateMachine:";
  private static final String FUNCTIONS = "arn:aws:lambda:us-east-1:123456789012:function:";
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:work";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private final MovableClock clock = new MovableClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger flaky = new AtomicInteger();
  private final TaskResource hangs =
      invocation -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return TaskOutcome.succeeded(Json.NODES.objectNode());
      };
  private final ExecutionRuntime runtime =
      new ExecutionRuntime(
          new InMemoryExecutionStore(),
          new InMemoryExecutionStore(),
          TaskResources.none()
              .register(
                  FUNCTIONS + "flaky",
                  invocation ->
                      flaky.incrementAndGet() == 1
                          ? TaskOutcome.failed("Flaky", "first time")
                          : TaskOutcome.succeeded(invocation.parameters()))
              .register(FUNCTIONS + "hangs", hangs)
              .register(
                  "arn:aws:states:::lambda:invoke",
                  invocation -> TaskOutcome.succeeded(Json.NODES.objectNode()))
              .register(
                  "arn:aws:states:::sqs:sendMessage",
                  invocation -> TaskOutcome.failed("SQS.QueueDoesNotExist", "no queue"))
              .register("arn:aws:states:::sns:publish", hangs),
          clock);
  private final StepwiseMetrics metrics = StepwiseMetrics.prometheus(runtime);

  @AfterEach
  void close() {
    release.countDown();
    metrics.close();
    runtime.close();
  }

  @Test
  void everySeriesTheDashboardQueriesIsScraped() throws Exception {
    endEveryWay();
    Set<String> queried = seriesIn(Files.readString(DASHBOARD));

    Eventually.eventually(() -> {
      String scraped = metrics.scrape();
      Set<String> missing = new TreeSet<>();
      for (String series : queried) {
        if (!Pattern.compile("(?m)^" + Pattern.quote(series) + "[{ ]").matcher(scraped).find()) {
          missing.add(series);
        }
      }
      assertThat(missing).as("series the dashboard queries but /metrics lacks").isEmpty();
    });
  }

  private static Set<String> seriesIn(String dashboard) {
    Set<String> series = new TreeSet<>();
    Matcher names = Pattern.compile("stepwise_[a-z_]+").matcher(dashboard);
    while (names.find()) {
      series.add(names.group());
    }
    assertThat(series).hasSizeGreaterThan(20);
    return series;
  }

  /** Executions that succeed, fail, are stopped, time out and are redriven; tasks likewise. */
  private void endEveryWay() throws Exception {
    run("Ok", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    ExecutionRecord stopped = start("Stops", wait(60));
    runtime.stop(stopped.executionArn(), "Stop", "by the test");
    runtime.awaitEnd(stopped.executionArn(), LIMIT);
    advanceUntilEnded(
        start(
            "TimesOut",
            "{\"TimeoutSeconds\":5,\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}"));
    metrics.throttled(MACHINES + "Ok");

    // A Lambda function that fails once: the execution fails, then succeeds once redriven.
    ExecutionRecord redriven = start("Redriven", task(FUNCTIONS + "flaky", ""));
    assertThat(runtime.awaitEnd(redriven.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.FAILED);
    runtime.redrive(redriven.executionArn());
    assertThat(runtime.awaitEnd(redriven.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    advanceUntilEnded(start("LambdaTimesOut", task(FUNCTIONS + "hangs", ",\"TimeoutSeconds\":1")));

    run("Invokes", task("arn:aws:states:::lambda:invoke", ""));
    run("Sends", task("arn:aws:states:::sqs:sendMessage", ""));
    advanceUntilEnded(
        start("Publishes", task("arn:aws:states:::sns:publish", ",\"TimeoutSeconds\":1")));

    ExecutionRecord succeeds = start("ActivitySucceeds", task(ACTIVITY, ""));
    runtime.sendTaskSuccess(poll().taskToken(), Json.parse("{}"));
    runtime.awaitEnd(succeeds.executionArn(), LIMIT);
    ExecutionRecord fails = start("ActivityFails", task(ACTIVITY, ""));
    runtime.sendTaskFailure(poll().taskToken(), "Worker.Failed", "by the test");
    runtime.awaitEnd(fails.executionArn(), LIMIT);
    ExecutionRecord silent = start("ActivityGoesSilent", task(ACTIVITY, ",\"HeartbeatSeconds\":1"));
    poll();
    advanceUntilEnded(silent);
  }

  private ActivityTask poll() throws InterruptedException {
    return runtime.getActivityTask(ACTIVITY, "worker", LIMIT).orElseThrow();
  }

  private static String wait(int seconds) {
    return "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":%d,\"End\":true}}}"
        .formatted(seconds);
  }

  private static String task(String resource, String more) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"%s\"%s,\"End\":true}}}"
        .formatted(resource, more);
  }

  private ExecutionRecord start(String machine, String definition) throws Exception {
    JsonNode input = Json.parse("{}");
    return runtime.start(
        new StartRequest(
            MACHINES + machine, definition, StateMachineType.STANDARD, machine, input));
  }

  private void run(String machine, String definition) throws Exception {
    runtime.awaitEnd(start(machine, definition).executionArn(), LIMIT);
  }

  private void advanceUntilEnded(ExecutionRecord execution) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (runtime.describe(execution.executionArn()).orElseThrow().status()
        == ExecutionStatus.RUNNING) {
      assertThat(System.nanoTime()).as("%s ends", execution.name()).isLessThan(deadline);
      clock.advance(Duration.ofSeconds(1));
      runtime.wakeTimers();
      Thread.sleep(10);
    }
  }
}
