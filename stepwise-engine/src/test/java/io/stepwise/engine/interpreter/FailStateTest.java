package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.run;
import static io.stepwise.engine.interpreter.Runs.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** Fail states: literal, path and intrinsic Error and Cause. */
class FailStateTest {

  @Test
  void errorAndCauseEndTheExecution() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"My.Error","Cause":"why"}}}
            """,
            "{}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("My.Error");
    assertThat(result.cause()).isEqualTo("why");
    assertThat(result.output()).isNull();
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
    HistoryEvent failed = Runs.only(result, HistoryEventType.EXECUTION_FAILED);
    assertThat(failed.previousEventId()).isEqualTo(2);
    assertThat(failed.details().get("error").asText()).isEqualTo("My.Error");
    assertThat(failed.details().get("cause").asText()).isEqualTo("why");
  }

  @Test
  void withoutErrorAndCauseBothAreAbsent() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"F","States":{"F":{"Type":"Fail"}}}
            """,
            "{}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isNull();
    assertThat(result.cause()).isNull();
    assertThat(Runs.only(result, HistoryEventType.EXECUTION_FAILED).details().has("error"))
        .isFalse();
  }

  @Test
  void errorPathAndCausePathReadTheInput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.Error",
              "CausePath":"$.Cause"}}}
            """,
            "{\"Error\":\"error string\",\"Cause\":\"cause string\"}");
    assertThat(result.error()).isEqualTo("error string");
    assertThat(result.cause()).isEqualTo("cause string");
  }

  @Test
  void errorPathAndCausePathCanUseTheContextAndIntrinsics() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"StartState","States":{"StartState":{"Type":"Fail",
              "ErrorPath":"$$.State.Name",
              "CausePath":"States.Format('failed with {}', $.detail)"}}}
            """,
            "{\"detail\":\"d\"}");
    assertThat(result.error()).isEqualTo("StartState");
    assertThat(result.cause()).isEqualTo("failed with d");
  }

  @Test
  void aCausePathThatFindsNothingFailsWithStatesRuntime() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"pass","States":{
              "pass":{"Type":"Pass","Next":"fail","Parameters":{"Error":"error-value"}},
              "fail":{"Type":"Fail","ErrorPath":"$.Error","CausePath":"$.NoSuchCausePath"}}}
            """,
            "{}");
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo(
            "An error occurred while executing the state 'fail' (entered at the event id #4)."
                + " The JSONPath '$.NoSuchCausePath' specified for the field 'CausePath' could"
                + " not be found in the input '{\"Error\":\"error-value\"}'");
  }
}
