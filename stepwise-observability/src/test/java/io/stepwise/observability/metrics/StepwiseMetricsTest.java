package io.stepwise.observability.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After a scripted set of executions, the scraped metrics hold exactly the right counts. */
class StepwiseMetricsTest {
  private static final String MACHINES = "arn:aws:states:us-east-1:123456789012:stateMachine:";
  private static final String FLAKY = "arn:aws:lambda:us-east-1:123456789012:function:flaky";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private final MovableClock clock = new MovableClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final AtomicInteger flakyCalls = new AtomicInteger();
  private final ExecutionRuntime runtime =
      new ExecutionRuntime(
          new InMemoryExecutionStore(),
          new InMemoryExecutionStore(),
          TaskResources.none()
              .register(
                  FLAKY,
                  invocation ->
                      flakyCalls.incrementAndGet() < 3
                          ? TaskOutcome.failed("Flaky", "try again")
                          : TaskOutcome.succeeded(invocation.parameters()))
              .register(
                  "arn:aws:states:::lambda:invoke",
                  invocation -> TaskOutcome.succeeded(Json.NODES.objectNode().put("ok", true))),
          clock);
  private final StepwiseMetrics metrics = StepwiseMetrics.prometheus(runtime);

  @AfterEach
  void close() {
    metrics.close();
    runtime.close();
  }

  @Test
  void executionsAreCountedPerStateMachineByHowTheyEnded() throws Exception {
    for (int i = 0; i < 3; i++) {
      run("Ok", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    }
    run("Bad", "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}");
    ExecutionRecord waiting =
        start(
            "Waits",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}");
    clock.advance(Duration.ofSeconds(5));
    runtime.stop(waiting.executionArn(), "Stopped", "by the test");
    runtime.awaitEnd(waiting.executionArn(), LIMIT);
    metrics.throttled(MACHINES + "Ok");

    Eventually.eventually(() -> executionsAreCounted(metrics.scrape()));
  }

  private void executionsAreCounted(String scraped) {
    assertThat(value(scraped, "stepwise_executions_started_total", "Ok")).isEqualTo(3);
    assertThat(value(scraped, "stepwise_executions_succeeded_total", "Ok")).isEqualTo(3);
    assertThat(value(scraped, "stepwise_executions_started_total", "Bad")).isEqualTo(1);
    assertThat(value(scraped, "stepwise_executions_failed_total", "Bad")).isEqualTo(1);
    assertThat(value(scraped, "stepwise_executions_aborted_total", "Waits")).isEqualTo(1);
    assertThat(value(scraped, "stepwise_execution_throttled_total", "Ok")).isEqualTo(1);
    assertThat(scraped)
        .doesNotContain(
            "stepwise_executions_failed_total{state_machine_arn=\"" + MACHINES + "Ok\"}");
    assertThat(value(scraped, "stepwise_execution_time_seconds_count", "Ok")).isEqualTo(3);
    // The stopped execution ran 5 seconds of the test's clock.
    assertThat(value(scraped, "stepwise_execution_time_seconds_sum", "Waits")).isEqualTo(5.0);
    assertThat(value(scraped, "stepwise_executions_open", null)).isEqualTo(0);
  }

  @Test
  void lambdaFunctionsAndServiceIntegrationsAreCountedPerResourceWithTheirTimes() throws Exception {
    ExecutionRecord started =
        start(
            "Tasks",
            """
            {"StartAt":"Flaky","States":{
              "Flaky":{"Type":"Task","Resource":"%s",
                "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":10,"MaxAttempts":5}],
                "Next":"Invoke"},
              "Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"f"},"End":true}}}
            """
                .formatted(FLAKY));
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (runtime.describe(started.executionArn()).orElseThrow().status()
        == ExecutionStatus.RUNNING) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      clock.advance(Duration.ofSeconds(10));
      runtime.wakeTimers();
      Thread.sleep(10);
    }

    Eventually.eventually(() -> tasksAreCounted(metrics.scrape()));
  }

  private void tasksAreCounted(String scraped) {
    String lambda = "lambda_function_arn=\"" + FLAKY + "\"";
    assertThat(value(scraped, "stepwise_lambda_functions_scheduled_total", lambda)).isEqualTo(3);
    assertThat(value(scraped, "stepwise_lambda_functions_started_total", lambda)).isEqualTo(3);
    assertThat(value(scraped, "stepwise_lambda_functions_failed_total", lambda)).isEqualTo(2);
    assertThat(value(scraped, "stepwise_lambda_functions_succeeded_total", lambda)).isEqualTo(1);
    assertThat(value(scraped, "stepwise_lambda_function_time_seconds_count", lambda)).isEqualTo(3);
    String service = "service_integration_resource_arn=\"arn:aws:states:::lambda:invoke\"";
    assertThat(value(scraped, "stepwise_service_integrations_scheduled_total", service))
        .isEqualTo(1);
    assertThat(value(scraped, "stepwise_service_integrations_succeeded_total", service))
        .isEqualTo(1);
    assertThat(value(scraped, "stepwise_service_integration_run_time_seconds_count", service))
        .isEqualTo(1);
  }

  @Test
  void theEnginesHealthIsScraped() throws Exception {
    run("Ok", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    start(
        "Waits",
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}");

    String scraped = metrics.scrape();

    assertThat(value(scraped, "stepwise_engine_commit_seconds_count", null))
        .isGreaterThanOrEqualTo(2);
    assertThat(value(scraped, "stepwise_engine_committed_steps_total", null))
        .isGreaterThanOrEqualTo(2);
    // The waiting execution's two timers: its Wait state's, and its own time limit's.
    assertThat(value(scraped, "stepwise_engine_timers", null)).isEqualTo(2);
    assertThat(value(scraped, "stepwise_executions_open", null)).isEqualTo(1);
    assertThat(value(scraped, "stepwise_engine_tasks_reinvoked_total", null)).isEqualTo(0);
  }

  private ExecutionRecord start(String machine, String definition) throws Exception {
    JsonNode input = Json.parse("{}");
    return runtime.start(
        new StartRequest(
            MACHINES + machine,
            definition,
            StateMachineType.STANDARD,
            machine + "-" + System.nanoTime(),
            input));
  }

  private void run(String machine, String definition) throws Exception {
    runtime.awaitEnd(start(machine, definition).executionArn(), LIMIT);
  }

  /**
   * The value of one sample: its name and a label that tells it apart (a state machine's name,
   * {@code label="value"}, or none).
   */
  private static double value(String scraped, String name, String label) {
    String labels =
        label == null
            ? "(?:\\{[^}]*})?"
            : label.contains("=")
                ? "\\{[^}]*" + Pattern.quote(label) + "[^}]*}"
                : "\\{[^}]*state_machine_arn=\"" + Pattern.quote(MACHINES + label) + "\"[^}]*}";
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + labels + " (\\S+)$").matcher(scraped);
    assertThat(sample.find()).as("a sample %s %s in%n%s", name, label, scraped).isTrue();
    return Double.parseDouble(sample.group(1));
  }
}
