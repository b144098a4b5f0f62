package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.run.ExecutionResult;
import org.junit.jupiter.api.Test;

/** The context object {@code $$}: execution, state and Map item, with time from the clock. */
class ContextObjectTest {

  @Test
  void executionAndStateFieldsAreVisible() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"First","States":{"First":{"Type":"Pass",
              "Parameters":{"id.$":"$$.Execution.Id","name.$":"$$.Execution.Name",
                "input.$":"$$.Execution.Input","start.$":"$$.Execution.StartTime",
                "state.$":"$$.State.Name","entered.$":"$$.State.EnteredTime",
                "machine.$":"$$.StateMachine.Id"},
              "End":true}}}
            """,
            "{\"x\":1}");
    assertThat(result.output())
        .isEqualTo(
            json(
                """
                {"id":"arn:aws:states:us-east-1:123456789012:execution:TestMachine:test-execution",
                 "name":"test-execution","input":{"x":1},"start":"2024-01-01T00:00:00.000Z",
                 "state":"First","entered":"2024-01-01T00:00:00.000Z",
                 "machine":"arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine"}
                """));
  }

  @Test
  void enteredTimeFollowsTheClockAcrossAWait() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":90,"Next":"P"},
              "P":{"Type":"Pass","Parameters":{"entered.$":"$$.State.EnteredTime",
                   "start.$":"$$.Execution.StartTime"},"End":true}}}
            """,
            "{}");
    assertThat(result.output())
        .isEqualTo(
            json(
                "{\"entered\":\"2024-01-01T00:01:30.000Z\",\"start\":\"2024-01-01T00:00:00.000Z\"}"));
  }

  @Test
  void mapItemIndexAndValueAreVisibleInItemSelector() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
              "ItemSelector":{"index.$":"$$.Map.Item.Index","value.$":"$$.Map.Item.Value",
                              "outer.$":"$.tag"},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                "States":{"P":{"Type":"Pass","End":true}}},
              "End":true}}}
            """,
            "{\"items\":[\"a\",{\"b\":1}],\"tag\":\"t\"}");
    assertThat(result.output())
        .isEqualTo(
            json(
                """
                [{"index":0,"value":"a","outer":"t"},{"index":1,"value":{"b":1},"outer":"t"}]
                """));
  }

  @Test
  void retryCountCountsRetriesOfTheCurrentState() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{"T":{"Type":"Task",
              "Resource":"arn:aws:lambda:us-east-1:123456789012:function:missing",
              "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2,"IntervalSeconds":1}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Report"}],"End":true},
              "Report":{"Type":"Pass","Parameters":{"state.$":"$$.State"},
                        "End":true}}}
            """,
            "{}");
    // The count belongs to Task states: AWS's context object for a Pass state has none.
    assertThat(result.output().path("state").has("RetryCount")).isFalse();
    assertThat(result.output().path("state").path("Name").asText()).isEqualTo("Report");
  }
}
