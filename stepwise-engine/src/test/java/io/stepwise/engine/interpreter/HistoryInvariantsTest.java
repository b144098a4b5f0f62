package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every history must satisfy, checked on one execution that uses most features: ids contiguous
 * from 1, links to earlier events, non-decreasing timestamps, one exit per entry.
 */
class HistoryInvariantsTest {

  private static final String EVERYTHING =
      """
      {"StartAt":"Start","States":{
        "Start":{"Type":"Pass","Result":[1,2,3],"ResultPath":"$.items","Next":"Fan"},
        "Fan":{"Type":"Parallel","ResultPath":"$.parallel","Next":"Each","Branches":[
          {"StartAt":"Nap","States":{"Nap":{"Type":"Wait","Seconds":30,"End":true}}},
          {"StartAt":"Call","States":{"Call":{"Type":"Task",
             "Resource":"arn:aws:states:::lambda:invoke",
             "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2}],"End":true}}}]},
        "Each":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,"ResultPath":"$.mapped",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Pause","States":{
            "Pause":{"Type":"Wait","SecondsPath":"$","Next":"Route"},
            "Route":{"Type":"Choice","Choices":[
              {"Variable":"$","NumericEquals":2,"Next":"Two"}],"Default":"NotTwo"},
            "Two":{"Type":"Pass","Result":"two","End":true},
            "NotTwo":{"Type":"Succeed"}}},
          "Next":"Done"},
        "Done":{"Type":"Succeed"}}}
      """;

  private static TaskResources flakyOnce() {
    AtomicInteger calls = new AtomicInteger();
    return TaskResources.none()
        .register(
            "arn:aws:states:::lambda:invoke",
            i ->
                calls.incrementAndGet() == 1
                    ? TaskOutcome.failed("Flaky", "first call")
                    : TaskOutcome.succeeded(Runs.json("\"called\"")));
  }

  @Test
  void aRichExecutionHasAWellFormedHistory() {
    ExecutionResult result = run(EVERYTHING, "{}", flakyOnce());
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output())
        .isEqualTo(
            Runs.json(
                """
                {"items":[1,2,3],"parallel":[{"items":[1,2,3]},"called"],
                 "mapped":[1,"two",3]}
                """));
    // Run's own checks: contiguous ids, earlier links, non-decreasing time.
    Runs.assertHistoryIsWellFormed(result);
    Runs.assertEveryStateExited(result);
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_STARTED)).hasSize(3);
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_SUCCEEDED)).hasSize(3);
  }

  @Test
  void timestampsReflectWaitsAndRetriesOnTheVirtualClock() {
    ExecutionResult result = run(EVERYTHING, "{}", flakyOnce());
    HistoryEvent last = result.history().get(result.history().size() - 1);
    // Parallel ends when its 30-second wait does. In the Map, two at a time, items 1 and 2 start
    // at once; item 3 starts when item 1 ends (after 1 s) and waits 3 s: the Map takes 4 s.
    assertThat(last.timestamp()).isEqualTo(Runs.T0.plusSeconds(34));
    assertThat(Runs.events(result, HistoryEventType.TASK_SCHEDULED))
        .extracting(HistoryEvent::timestamp)
        .containsExactly(Runs.T0, Runs.T0.plusSeconds(2));
  }

  @Test
  void aFailedExecutionLeavesOnlyTheFailingStatesOpen() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}
            """,
            "{}",
            TaskResources.none()
                .register("arn:aws:states:::lambda:invoke", i -> TaskOutcome.failed("E", "c")));
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(Runs.types(result))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "ExecutionFailed");
  }
}
