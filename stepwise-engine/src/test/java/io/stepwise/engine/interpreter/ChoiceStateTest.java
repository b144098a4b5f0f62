package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static io.stepwise.engine.interpreter.Runs.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** Choice states: rules, Default, NoChoiceMatched, and long loops. */
class ChoiceStateTest {

  private static final String ROUTER =
      """
      {"StartAt":"C","States":{
        "C":{"Type":"Choice","Choices":[
               {"Variable":"$.n","NumericGreaterThan":10,"Next":"Big"},
               {"And":[{"Variable":"$.n","NumericGreaterThanEquals":0},
                       {"Variable":"$.tag","IsPresent":true}],"Next":"Tagged"}],
             "Default":"Other"},
        "Big":{"Type":"Pass","Result":"big","End":true},
        "Tagged":{"Type":"Pass","Result":"tagged","End":true},
        "Other":{"Type":"Pass","Result":"other","End":true}}}
      """;

  @Test
  void theFirstMatchingRuleWins() {
    assertThat(run(ROUTER, "{\"n\":11,\"tag\":1}").output()).isEqualTo(json("\"big\""));
    assertThat(run(ROUTER, "{\"n\":1,\"tag\":1}").output()).isEqualTo(json("\"tagged\""));
  }

  @Test
  void defaultIsTakenWhenNoRuleMatches() {
    ExecutionResult result = run(ROUTER, "{\"n\":1}");
    assertThat(result.output()).isEqualTo(json("\"other\""));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "ChoiceStateEntered",
            "ChoiceStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
    assertThat(Runs.payload(Runs.only(result, HistoryEventType.CHOICE_STATE_EXITED), "output"))
        .isEqualTo(json("{\"n\":1}"));
  }

  @Test
  void withoutDefaultNoMatchFailsWithNoChoiceMatched() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                {"Variable":"$.n","NumericEquals":1,"Next":"One"}]},
              "One":{"Type":"Succeed"}}}
            """,
            "{\"n\":2}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.NoChoiceMatched");
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "ChoiceStateEntered", "ExecutionFailed");
  }

  @Test
  void choiceAppliesInputPathAndOutputPath() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","InputPath":"$.in","OutputPath":"$.v","Choices":[
                {"Variable":"$.v","StringEquals":"x","Next":"Done"}]},
              "Done":{"Type":"Succeed"}}}
            """,
            "{\"in\":{\"v\":\"x\"}}");
    assertThat(result.output()).isEqualTo(json("\"x\""));
  }

  private static final String COUNTING_LOOP =
      """
      {"StartAt":"Check","States":{
        "Check":{"Type":"Choice","Choices":[
          {"Variable":"$.i","NumericLessThanPath":"$.limit","Next":"Increment"}],
          "Default":"Done"},
        "Increment":{"Type":"Pass",
                     "Parameters":{"i.$":"States.MathAdd($.i, 1)","limit.$":"$.limit"},
                     "Next":"Check"},
        "Done":{"Type":"Succeed"}}}
      """;

  @Test
  void aLoopOfSixThousandIterationsFinishesWithoutGrowingTheStack() {
    // 6,000 iterations are 24,000 events: just under AWS's history quota.
    ExecutionResult result = run(COUNTING_LOOP, "{\"i\":0,\"limit\":6000}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"i\":6000,\"limit\":6000}"));
    assertThat(Runs.events(result, HistoryEventType.PASS_STATE_ENTERED)).hasSize(6_000);
  }

  @Test
  void aLoopThatOutgrowsTheHistoryQuotaFailsAsOnAws() {
    ExecutionResult result = run(COUNTING_LOOP, "{\"i\":0,\"limit\":1000000}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo("The execution reached the maximum number of history events (25000).");
    assertThat(result.history().size()).isBetween(25_000, 25_010);
  }
}
