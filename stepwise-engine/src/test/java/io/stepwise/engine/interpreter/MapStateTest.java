package io.stepwise.engine.interpreter;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inline Map states: items, selectors, ordering, failures and tolerance. */
class MapStateTest {

  /** A Map over $.items whose iterations fail on items equal to "bad". */
  private static String failingOnBad(String mapFields) {
    return """
    {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",%s
      "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Check","States":{
        "Check":{"Type":"Choice","Choices":[
          {"Variable":"$","StringEquals":"bad","Next":"Bad"}],"Default":"Good"},
        "Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"bad item"},
        "Good":{"Type":"Pass","End":true}}},
      "End":true}}}
    """
        .formatted(mapFields);
  }

  @Test
  void itemsPathAndItemSelectorShapeEachIteration() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.list",
              "ItemSelector":{"item.$":"$$.Map.Item.Value","factor.$":"$.factor"},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{
                "P":{"Type":"Pass","Parameters":{"v.$":"States.MathAdd($.item, $.factor)"},
                     "OutputPath":"$.v","End":true}}},
              "ResultPath":"$.results","End":true}}}
            """,
            "{\"list\":[1,2,3],\"factor\":10}");
    assertThat(result.output())
        .isEqualTo(json("{\"list\":[1,2,3],\"factor\":10,\"results\":[11,12,13]}"));
    assertThat(
            Runs.only(result, HistoryEventType.MAP_STATE_STARTED).details().get("length").asInt())
        .isEqualTo(3);
    Runs.assertEveryStateExited(result);
  }

  @Test
  void maxConcurrencyOneRunsIterationsOneAfterAnother() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                "States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "[\"a\",\"b\"]");
    assertThat(result.output()).isEqualTo(json("[\"a\",\"b\"]"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "PassStateEntered",
            "PassStateExited",
            "MapIterationSucceeded",
            "MapIterationStarted",
            "PassStateEntered",
            "PassStateExited",
            "MapIterationSucceeded",
            "MapStateSucceeded",
            "MapStateExited",
            "ExecutionSucceeded");
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_STARTED))
        .extracting(e -> e.details().get("index").asInt())
        .containsExactly(0, 1);
    assertThat(Runs.events(result, HistoryEventType.PASS_STATE_ENTERED))
        .extracting(e -> Runs.payload(e, "input"))
        .containsExactly(json("\"a\""), json("\"b\""));
  }

  @Test
  void anEmptyArrayGivesAnEmptyResult() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                "States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "[]");
    assertThat(result.output()).isEqualTo(json("[]"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapStateSucceeded",
            "MapStateExited",
            "ExecutionSucceeded");
    assertThat(result.history())
        .extracting(HistoryEvent::previousEventId)
        .containsExactly(0L, 0L, 2L, 3L, 3L, 5L);
  }

  @Test
  void nestedMapsKeepTheShapeOfTheInput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"Outer","States":{"Outer":{"Type":"Map","MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Inner","States":{
                "Inner":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},
                  "StartAt":"Double","States":{"Double":{"Type":"Pass",
                    "Parameters":{"v.$":"States.MathAdd($, $)"},"OutputPath":"$.v",
                    "End":true}}},"End":true}}},
              "End":true}}}
            """,
            "[[1,2,3],[4,5,6]]");
    assertThat(result.output()).isEqualTo(json("[[2,4,6],[8,10,12]]"));
    assertThat(Runs.events(result, HistoryEventType.MAP_STATE_ENTERED)).hasSize(3);
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_SUCCEEDED)).hasSize(8);
    Runs.assertEveryStateExited(result);
  }

  @Test
  void aFailingIterationFailsTheMap() {
    ExecutionResult result =
        run(failingOnBad("\"MaxConcurrency\":1,"), "{\"items\":[\"ok\",\"bad\",\"ok\"]}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Item.Bad");
    assertThat(result.cause()).isEqualTo("bad item");
    assertThat(types(result))
        .endsWith("FailStateEntered", "MapIterationFailed", "MapStateFailed", "ExecutionFailed");
    // The third item never started.
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_STARTED)).hasSize(2);
  }

  @Test
  void catchOnMapGivesTheIterationsErrorOutput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{
              "M":{"Type":"Map","ResultPath":null,"MaxConcurrency":1,
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"F","States":{
                  "F":{"Type":"Fail","Error":"HandleItemFailError","Cause":"HandleItemFailCause"}}},
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"Next":"Final"},
              "Caught":{"Type":"Pass","End":true},
              "Final":{"Type":"Pass","End":true}}}
            """,
            "[1]");
    assertThat(result.output())
        .isEqualTo(json("{\"Error\":\"HandleItemFailError\",\"Cause\":\"HandleItemFailCause\"}"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "FailStateEntered",
            "MapIterationFailed",
            "MapStateFailed",
            "MapStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void toleratedFailureCountLetsTheMapSucceed() {
    ExecutionResult result =
        run(failingOnBad("\"ToleratedFailureCount\":1,"), "{\"items\":[\"ok\",\"bad\",\"fine\"]}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().get(0)).isEqualTo(json("\"ok\""));
    assertThat(result.output().get(2)).isEqualTo(json("\"fine\""));
    assertThat(Runs.events(result, HistoryEventType.MAP_ITERATION_FAILED)).hasSize(1);
  }

  @Test
  void exceedingTheToleratedFailureCountFailsTheMap() {
    ExecutionResult result =
        run(
            failingOnBad("\"ToleratedFailureCount\":1,\"MaxConcurrency\":1,"),
            "{\"items\":[\"bad\",\"ok\",\"bad\"]}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void toleratedFailurePercentageIsComparedWithTheShareOfFailedItems() {
    String items = "{\"items\":[\"bad\",\"ok\",\"ok\",\"ok\"]}";
    ExecutionResult tolerated = run(failingOnBad("\"ToleratedFailurePercentage\":25,"), items);
    assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    ExecutionResult exceeded = run(failingOnBad("\"ToleratedFailurePercentage\":20,"), items);
    assertThat(exceeded.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void itemsPathToSomethingElseThanAnArrayFailsWithStatesRuntime() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.obj",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                "States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "{\"obj\":{\"a\":1}}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
  }

  @Test
  void retryOnAMapRunsEveryIterationAgain() {
    AtomicInteger calls = new AtomicInteger();
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
              "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":1}],
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T","States":{
                "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}},
              "End":true}}}
            """,
            "[1,2]",
            TaskResources.none()
                .register(
                    "arn:aws:states:::lambda:invoke",
                    i ->
                        calls.incrementAndGet() == 2
                            ? TaskOutcome.failed("Flaky", "second call")
                            : TaskOutcome.succeeded(i.parameters())));
    assertThat(result.output()).isEqualTo(json("[1,2]"));
    assertThat(calls).hasValue(4);
    assertThat(Runs.events(result, HistoryEventType.MAP_STATE_ENTERED)).hasSize(1);
    assertThat(Runs.events(result, HistoryEventType.MAP_STATE_STARTED)).hasSize(2);
    assertThat(Runs.events(result, HistoryEventType.MAP_STATE_STARTED).get(1).timestamp())
        .isEqualTo(Runs.T0.plusSeconds(1));
  }

  @Test
  void eventsLinkToTheirPredecessorsAsAwsRecordsThem() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                "States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "[\"a\",\"b\"]");
    // As AWS recorded for the same shape: an iteration's success is a side note that the next
    // iteration does not follow from, but the state's success follows the last one.
    assertThat(result.history())
        .extracting(HistoryEvent::previousEventId)
        .containsExactly(0L, 0L, 2L, 3L, 4L, 5L, 6L, 6L, 8L, 9L, 10L, 11L, 11L, 13L);
  }
}
