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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wait states with skipped waits: the run returns at once, the history shows the wait. */
class WaitStateTest {

  private static Instant exitTime(ExecutionResult result) {
    return Runs.only(result, HistoryEventType.WAIT_STATE_EXITED).timestamp();
  }

  private static ExecutionResult timed(String definition, String input) {
    long started = System.nanoTime();
    ExecutionResult result = run(definition, input);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    return result;
  }

  @Test
  void secondsWaitsThatLong() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}
            """,
            "{\"a\":1}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"a\":1}"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
    assertThat(Runs.only(result, HistoryEventType.WAIT_STATE_ENTERED).timestamp()).isEqualTo(T0);
    assertThat(exitTime(result)).isEqualTo(T0.plusSeconds(3600));
    assertThat(Runs.only(result, HistoryEventType.EXECUTION_SUCCEEDED).timestamp())
        .isEqualTo(T0.plusSeconds(3600));
  }

  @Test
  void secondsPathReadsTheInput() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.delay","End":true}}}
            """,
            "{\"delay\":120}");
    assertThat(exitTime(result)).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void timestampWaitsUntilThatTime() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait",
              "Timestamp":"2024-01-02T00:00:00Z","End":true}}}
            """,
            "{}");
    assertThat(exitTime(result)).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
  }

  @Test
  void timestampPathReadsTheInput() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.until","End":true}}}
            """,
            "{\"until\":\"2024-01-01T00:05:00.5+00:00\"}");
    assertThat(exitTime(result)).isEqualTo(Instant.parse("2024-01-01T00:05:00.500Z"));
  }

  @Test
  void aTimestampInThePastDoesNotWait() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait",
              "Timestamp":"2020-01-01T00:00:00Z","End":true}}}
            """,
            "{}");
    assertThat(exitTime(result)).isEqualTo(T0);
  }

  @Test
  void waitsAddUpAcrossStates() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W1","States":{
              "W1":{"Type":"Wait","Seconds":10,"Next":"W2"},
              "W2":{"Type":"Wait","Seconds":20,"Next":"P"},
              "P":{"Type":"Pass","End":true}}}
            """,
            "{}");
    assertThat(Runs.events(result, HistoryEventType.WAIT_STATE_EXITED))
        .extracting(HistoryEvent::timestamp)
        .containsExactly(T0.plusSeconds(10), T0.plusSeconds(30));
    assertThat(Runs.only(result, HistoryEventType.PASS_STATE_ENTERED).timestamp())
        .isEqualTo(T0.plusSeconds(30));
  }

  @Test
  void jsonataSecondsAndAssign() {
    ExecutionResult result =
        timed(
            """
            {"QueryLanguage":"JSONata","StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":"{% $states.input.s %}","Assign":{"waited":true},
                   "Output":{"done":"{% $states.input.s %}"},"Next":"P"},
              "P":{"Type":"Pass","Output":{"waited":"{% $waited %}"},"End":true}}}
            """,
            "{\"s\":5}");
    assertThat(exitTime(result)).isEqualTo(T0.plusSeconds(5));
    assertThat(Runs.payload(Runs.only(result, HistoryEventType.WAIT_STATE_EXITED), "output"))
        .isEqualTo(json("{\"done\":5}"));
    assertThat(result.output()).isEqualTo(json("{\"waited\":true}"));
  }

  @Test
  void aNegativeSecondsPathFailsWithStatesRuntime() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.delay","End":true}}}
            """,
            "{\"delay\":-1}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo(
            "An error occurred while executing the state 'W' (entered at the event id #2)."
                + " The SecondsPath parameter references a negative value: $.delay == -1");
  }

  @Test
  void anInvalidTimestampPathFailsWithStatesRuntime() {
    ExecutionResult result =
        timed(
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.t","End":true}}}
            """,
            "{\"t\":\"2024-01-01 00:00:00Z\"}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo(
            "An error occurred while executing the state 'W' (entered at the event id #2)."
                + " The TimestampPath parameter does not reference a valid ISO-8601 extended"
                + " offset date-time format string: $.t == 2024-01-01 00:00:00Z");
  }
}
