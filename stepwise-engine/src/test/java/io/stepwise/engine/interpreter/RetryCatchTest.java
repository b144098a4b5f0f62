package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.T0;
import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static io.stepwise.engine.interpreter.Runs.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retry (intervals, backoff, caps, attempts) and Catch (matching, ResultPath, Output). */
class RetryCatchTest {

  private static final String SERVICE = "arn:aws:states:::lambda:invoke";

  private static TaskResources failing(String error, String cause) {
    return TaskResources.none().register(SERVICE, i -> TaskOutcome.failed(error, cause));
  }

  /** Fails the first {@code failures} calls, then returns {"attempt": n}. */
  private static TaskResources failingTimes(int failures) {
    AtomicInteger calls = new AtomicInteger();
    return TaskResources.none()
        .register(
            SERVICE,
            i -> {
              int call = calls.incrementAndGet();
              return call <= failures
                  ? TaskOutcome.failed("Flaky", "call " + call)
                  : TaskOutcome.succeeded(json("{\"attempt\":" + call + "}"));
            });
  }

  /** One Task state with these Retry/Catch fields; a "Handler" Pass state for catchers. */
  private static String task(String retryAndCatch) {
    String handler =
        retryAndCatch.contains("Catch") ? ",\"Handler\":{\"Type\":\"Pass\",\"End\":true}" : "";
    return """
    {"StartAt":"T","States":{
      "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",%s"End":true}%s}}
    """
        .formatted(retryAndCatch, handler);
  }

  private static Instant[] scheduledTimes(ExecutionResult result) {
    return Runs.events(result, HistoryEventType.TASK_SCHEDULED).stream()
        .map(HistoryEvent::timestamp)
        .toArray(Instant[]::new);
  }

  @Test
  void defaultRetryMakesThreeMoreAttemptsOneTwoAndFourSecondsApart() {
    ExecutionResult result =
        run(task("\"Retry\":[{\"ErrorEquals\":[\"Flaky\"]}],"), "{}", failingTimes(10));
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Flaky");
    assertThat(result.cause()).isEqualTo("call 4");
    assertThat(scheduledTimes(result))
        .containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(3), T0.plusSeconds(7));
  }

  @Test
  void intervalBackoffAndMaxDelayShapeTheDelays() {
    ExecutionResult result =
        run(
            task(
                """
                "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2,"BackoffRate":3,
                          "MaxAttempts":4,"MaxDelaySeconds":10}],
                """),
            "{}",
            failingTimes(10));
    // Delays 2, 6, then 18 and 54 capped at 10.
    assertThat(scheduledTimes(result))
        .containsExactly(
            T0, T0.plusSeconds(2), T0.plusSeconds(8), T0.plusSeconds(18), T0.plusSeconds(28));
  }

  @Test
  void aRetriedTaskThatSucceedsContinuesWithoutANewEnteredEvent() {
    ExecutionResult result =
        run(
            task("\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":1}],"),
            "{}",
            failingTimes(1));
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"attempt\":2}"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(result.history())
        .extracting(HistoryEvent::previousEventId)
        .containsExactly(0L, 0L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void maxAttemptsZeroNeverRetries() {
    ExecutionResult result =
        run(
            task("\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"MaxAttempts\":0}],"),
            "{}",
            failingTimes(1));
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(Runs.events(result, HistoryEventType.TASK_SCHEDULED)).hasSize(1);
  }

  @Test
  void onlyTheFirstMatchingRetrierApplies() {
    ExecutionResult result =
        run(
            task(
                """
                "Retry":[{"ErrorEquals":["Other"],"MaxAttempts":5},
                         {"ErrorEquals":["Flaky"],"MaxAttempts":1,"IntervalSeconds":5},
                         {"ErrorEquals":["States.ALL"],"MaxAttempts":5}],
                """),
            "{}",
            failingTimes(10));
    assertThat(scheduledTimes(result)).containsExactly(T0, T0.plusSeconds(5));
  }

  @Test
  void catchWithResultPathKeepsTheInputAndAddsTheErrorOutput() {
    ExecutionResult result =
        run(
            task(
                """
                "Catch":[{"ErrorEquals":["Boom"],"ResultPath":"$.error","Next":"Handler"}],
                """),
            "{\"keep\":1}",
            failing("Boom", "it broke"));
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output())
        .isEqualTo(json("{\"keep\":1,\"error\":{\"Error\":\"Boom\",\"Cause\":\"it broke\"}}"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void retriesComeBeforeCatch() {
    ExecutionResult result =
        run(
            task(
                """
                "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":2}],
                "Catch":[{"ErrorEquals":["Boom"],"Next":"Handler"}],
                """),
            "{}",
            failing("Boom", "it broke"));
    assertThat(result.output()).isEqualTo(json("{\"Error\":\"Boom\",\"Cause\":\"it broke\"}"));
    assertThat(Runs.events(result, HistoryEventType.TASK_FAILED)).hasSize(3);
  }

  @Test
  void catchersAreTriedInOrderAndStatesAllCatchesTheRest() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                   "Catch":[{"ErrorEquals":["Other"],"Next":"Wrong"},
                            {"ErrorEquals":["States.ALL"],"Next":"Right"}]},
              "Wrong":{"Type":"Fail","Error":"Wrong"},
              "Right":{"Type":"Pass","Result":"right","End":true}}}
            """,
            "{}",
            failing("Boom", "it broke"));
    assertThat(result.output()).isEqualTo(json("\"right\""));
  }

  @Test
  void taskFailedMatchesAnyTaskErrorButNotTimeouts() {
    String definition =
        """
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
               "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Caught"}]},
          "Caught":{"Type":"Pass","End":true}}}
        """;
    ExecutionResult caught = run(definition, "{}", failing("Lambda.Unknown", "x"));
    assertThat(caught.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(caught.output()).isEqualTo(json("{\"Error\":\"Lambda.Unknown\",\"Cause\":\"x\"}"));

    ExecutionResult timeout = run(definition, "{}", failing("States.Timeout", "late"));
    assertThat(timeout.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(timeout.error()).isEqualTo("States.Timeout");
  }

  @Test
  void jsonataCatchOutputAndRetry() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                   "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":1,"IntervalSeconds":3}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handler",
                             "Output":{"why":"{% $states.errorOutput.Cause %}",
                                       "input":"{% $states.input %}"}}]},
              "Handler":{"Type":"Pass","End":true}}}
            """,
            "{\"x\":1}", failing("Boom", "it broke"));
    assertThat(result.output()).isEqualTo(json("{\"why\":\"it broke\",\"input\":{\"x\":1}}"));
    assertThat(scheduledTimes(result)).containsExactly(T0, T0.plusSeconds(3));
  }

  @Test
  void fullJitterKeepsEachDelayBelowItsBackoffValue() {
    ExecutionResult result =
        run(
            task(
                """
                "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":10,"MaxAttempts":3,
                          "JitterStrategy":"FULL"}],
                """),
            "{}",
            failing("Boom", "c"));
    Instant[] times = scheduledTimes(result);
    assertThat(times).hasSize(4);
    long[] caps = {10_000, 20_000, 40_000};
    for (int i = 0; i < caps.length; i++) {
      long delay = times[i + 1].toEpochMilli() - times[i].toEpochMilli();
      assertThat(delay).as("delay before attempt %d", i + 2).isBetween(0L, caps[i]);
    }
  }
}
