package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import org.junit.jupiter.api.Test;

/** Variables: {@code Assign} takes effect after the state, and child scopes read outer ones. */
class VariablesTest {

  @Test
  void assignedVariablesAreVisibleInTheNextState() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1,"fromInput.$":"$.v"},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"x.$":"$x","v.$":"$fromInput"},"End":true}}}
            """,
            "{\"v\":\"hello\"}");
    assertThat(result.output()).isEqualTo(json("{\"x\":1,\"v\":\"hello\"}"));
  }

  @Test
  void assignInTheSameStateReadsTheValuesFromBeforeTheState() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"seen.$":"$x"},
                   "Assign":{"x":2,"old.$":"$x"},"Next":"C"},
              "C":{"Type":"Pass","Parameters":{"x.$":"$x","old.$":"$old","in.$":"$"},
                   "End":true}}}
            """,
            "{}");
    assertThat(result.output()).isEqualTo(json("{\"x\":2,\"old\":1,\"in\":{\"seen\":1}}"));
  }

  @Test
  void theExitEventListsTheAssignedVariablesAsJsonText() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"s":"text","n":2},"End":true}}}
            """,
            "{}");
    HistoryEvent exited = Runs.only(result, HistoryEventType.PASS_STATE_EXITED);
    assertThat(exited.details().get("assignedVariables"))
        .isEqualTo(json("{\"s\":\"\\\"text\\\"\",\"n\":\"2\"}"));
    assertThat(exited.details().get("assignedVariablesDetails"))
        .isEqualTo(json("{\"truncated\":false}"));
  }

  @Test
  void assignCanReadTheTaskResultAfterResultSelector() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Branches":[
                    {"StartAt":"B","States":{"B":{"Type":"Pass","Result":5,"End":true}}}],
                   "ResultSelector":{"first.$":"$[0]"},
                   "Assign":{"got.$":"$.first"},"Next":"Q"},
              "Q":{"Type":"Pass","Parameters":{"got.$":"$got"},"End":true}}}
            """,
            "{}");
    assertThat(result.output()).isEqualTo(json("{\"got\":5}"));
  }

  @Test
  void parallelBranchesReadOuterVariables() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"outer":"o"},"Next":"P"},
              "P":{"Type":"Parallel","End":true,"Branches":[
                {"StartAt":"B1","States":{"B1":{"Type":"Pass",
                   "Parameters":{"seen.$":"$outer"},"End":true}}},
                {"StartAt":"B2","States":{"B2":{"Type":"Pass",
                   "Parameters":{"seen.$":"States.Format('{}!', $outer)"},"End":true}}}]}}}
            """,
            "{}");
    assertThat(result.output()).isEqualTo(json("[{\"seen\":\"o\"},{\"seen\":\"o!\"}]"));
  }

  @Test
  void mapIterationsReadOuterVariables() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"factor":10},"Next":"M"},
              "M":{"Type":"Map","End":true,
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                  "States":{"P":{"Type":"Pass",
                    "Parameters":{"v.$":"States.MathAdd($.n, $factor)"},"End":true}}}}}}
            """,
            "[{\"n\":1},{\"n\":2}]");
    assertThat(result.output()).isEqualTo(json("[{\"v\":11},{\"v\":12}]"));
  }

  @Test
  void choiceRulesAssignWhenTheyMatchAndTheStateAssignsOnDefault() {
    String definition =
        """
        {"StartAt":"Check","States":{
          "Check":{"Type":"Choice","Choices":[
              {"Variable":"$.v","IsPresent":false,"Assign":{"status":"UNKNOWN"},"Next":"Final"},
              {"Variable":"$.v","NumericEquals":42,"Assign":{"status":"CORRECT"},"Next":"Final"}],
            "Assign":{"status":"INCORRECT","guess.$":"$.v"},"Default":"Final"},
          "Final":{"Type":"Pass","Parameters":{"status.$":"$status"},"End":true}}}
        """;
    assertThat(run(definition, "{\"v\":42}").output()).isEqualTo(json("{\"status\":\"CORRECT\"}"));
    assertThat(run(definition, "{}").output()).isEqualTo(json("{\"status\":\"UNKNOWN\"}"));
    // A string "42" is not numerically equal to 42: the Default path assigns.
    assertThat(run(definition, "{\"v\":\"42\"}").output())
        .isEqualTo(json("{\"status\":\"INCORRECT\"}"));
  }

  @Test
  void aCatcherAssignsFromTheErrorOutput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                   "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.err","Next":"F",
                             "Assign":{"e.$":"$.Error","in.$":"$$.State.Name"}}]},
              "F":{"Type":"Pass","Parameters":{"e.$":"$e","in.$":"$in","out.$":"$"},"End":true}}}
            """,
            "{\"k\":1}",
            TaskResources.none()
                .register("arn:aws:states:::lambda:invoke", i -> TaskOutcome.failed("Boom", "c")));
    assertThat(result.output())
        .isEqualTo(
            json(
                """
                {"e":"Boom","in":"T","out":{"k":1,"err":{"Error":"Boom","Cause":"c"}}}
                """));
  }

  @Test
  void distributedMapIterationsCannotReadOuterVariables() {
    // Their iterations are child executions on AWS, with no access to the parent's variables.
    ExecutionResult result =
        run(
            """
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"outer":"x"},"Next":"M"},
              "M":{"Type":"Map","ItemsPath":"$.items",
                   "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                     "StartAt":"Read","States":{
                       "Read":{"Type":"Pass","Parameters":{"v.$":"$outer"},"End":true}}},
                   "End":true}}}
            """,
            "{\"items\":[1]}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
  }
}
