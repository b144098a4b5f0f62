package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import org.junit.jupiter.api.Test;

/** JSONata states: Arguments, Output, Assign, {@code $states}, Choice conditions, Map items. */
class JsonataDataFlowTest {

  private static final String DOUBLE = "arn:aws:states:::lambda:invoke";

  /** A task that doubles {"n": x} into {"Payload": {"doubled": 2x}}. */
  private static TaskResources doubler() {
    return TaskResources.none()
        .register(
            DOUBLE,
            invocation ->
                TaskOutcome.succeeded(
                    json(
                        "{\"Payload\":{\"doubled\":"
                            + invocation.parameters().get("n").asInt() * 2
                            + "}}")));
  }

  @Test
  void topLevelJsonataAppliesToEveryState() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"P","States":{
              "P":{"Type":"Pass","Output":"{% $states.input.a + 1 %}","End":true}}}
            """,
            "{\"a\":41}");
    assertThat(result.output()).isEqualTo(json("42"));
  }

  @Test
  void aStateCanSwitchToJsonataInAJsonPathMachine() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"Path","States":{
              "Path":{"Type":"Pass","Parameters":{"v.$":"$.a"},"Next":"Ata"},
              "Ata":{"Type":"Pass","QueryLanguage":"JSONata",
                     "Output":{"twice":"{% $states.input.v * 2 %}","lit":"x"},"End":true}}}
            """,
            "{\"a\":4}");
    assertThat(result.output()).isEqualTo(json("{\"twice\":8,\"lit\":\"x\"}"));
  }

  @Test
  void taskArgumentsAndOutputUseTheStatesVariable() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                   "Arguments":{"n":"{% $states.input.value %}"},
                   "Output":{"in":"{% $states.input.value %}",
                             "out":"{% $states.result.Payload.doubled %}"},
                   "End":true}}}
            """,
            "{\"value\":21}", doubler());
    assertThat(result.output()).isEqualTo(json("{\"in\":21,\"out\":42}"));
    assertThat(
            Runs.only(result, HistoryEventType.TASK_SCHEDULED).details().get("parameters").asText())
        .isEqualTo("{\"n\":21}");
  }

  @Test
  void withoutOutputATaskOutputsItsResult() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"%s","Arguments":{"n":2},"End":true}}}
            """
                .formatted(DOUBLE),
            "{}",
            doubler());
    assertThat(result.output()).isEqualTo(json("{\"Payload\":{\"doubled\":4}}"));
  }

  @Test
  void assignIsVisibleInTheNextStateButOutputSeesTheOldValue() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
              "B":{"Type":"Pass","Assign":{"x":"{% $x + 1 %}"},
                   "Output":{"seen":"{% $x %}"},"Next":"C"},
              "C":{"Type":"Pass","Output":{"x":"{% $x %}","in":"{% $states.input %}"},
                   "End":true}}}
            """,
            "{}");
    assertThat(result.output()).isEqualTo(json("{\"x\":2,\"in\":{\"seen\":1}}"));
  }

  @Test
  void theContextIsUnderStatesContext() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"Here","States":{
              "Here":{"Type":"Pass","Output":{
                "state":"{% $states.context.State.Name %}",
                "entered":"{% $states.context.State.EnteredTime %}",
                "name":"{% $states.context.Execution.Name %}"},"End":true}}}
            """,
            "{}");
    assertThat(result.output())
        .isEqualTo(
            json(
                """
                {"state":"Here","entered":"2024-01-01T00:00:00.000Z","name":"test-execution"}
                """));
  }

  @Test
  void catchOutputSeesTheErrorOutput() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done",
                     "Output":{"err":"{% $states.errorOutput.Error %}",
                               "kept":"{% $states.input.k %}"},
                     "Assign":{"caught":"{% $states.errorOutput.Cause %}"}}],
                   "End":true},
              "Done":{"Type":"Pass","Output":{"all":"{% $states.input %}","v":"{% $caught %}"},
                      "End":true}}}
            """,
            "{\"k\":\"keep\"}",
            TaskResources.none()
                .register(DOUBLE, invocation -> TaskOutcome.failed("Boom", "it broke")));
    assertThat(result.output())
        .isEqualTo(json("{\"all\":{\"err\":\"Boom\",\"kept\":\"keep\"},\"v\":\"it broke\"}"));
  }

  @Test
  void choiceConditionsPickTheFirstTrueBranch() {
    String definition =
        """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[
                 {"Condition":"{% $states.input.n > 10 %}","Next":"Big",
                  "Output":{"size":"big"}},
                 {"Condition":"{% $states.input.n > 0 %}","Next":"Small"}],
               "Default":"None"},
          "Big":{"Type":"Succeed"},
          "Small":{"Type":"Pass","Output":{"size":"small"},"End":true},
          "None":{"Type":"Fail","Error":"NoSize","Cause":"{% 'n was ' & $string($states.input.n) %}"}}}
        """;
    assertThat(run(definition, "{\"n\":11}").output()).isEqualTo(json("{\"size\":\"big\"}"));
    assertThat(run(definition, "{\"n\":1}").output()).isEqualTo(json("{\"size\":\"small\"}"));
    ExecutionResult none = run(definition, "{\"n\":0}");
    assertThat(none.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(none.error()).isEqualTo("NoSize");
    assertThat(none.cause()).isEqualTo("n was 0");
  }

  @Test
  void aConditionThatIsNotBooleanFailsWithQueryEvaluationError() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n %}","Next":"X"}]},
              "X":{"Type":"Succeed"}}}
            """,
            "{\"n\":1}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
  }

  @Test
  void mapItemsComeFromAJsonataExpression() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"M","States":{
              "M":{"Type":"Map","Items":"{% $states.input.list[$ > 1] %}",
                   "ItemSelector":{"v":"{% $states.context.Map.Item.Value %}",
                                   "i":"{% $states.context.Map.Item.Index %}"},
                   "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                     "States":{"P":{"Type":"Pass","Output":"{% $states.input.v * 10 + $states.input.i %}",
                                    "End":true}}},
                   "End":true}}}
            """,
            "{\"list\":[1,2,3]}");
    assertThat(result.output()).isEqualTo(json("[20,31]"));
  }

  @Test
  void mapItemsThatAreNotAnArrayFailWithQueryEvaluationError() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"M","States":{
              "M":{"Type":"Map","Items":"{% $states.input.obj %}",
                   "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                     "States":{"P":{"Type":"Pass","End":true}}},
                   "End":true}}}
            """,
            "{\"obj\":{\"a\":1}}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause())
        .contains(
            "The JSONata expression '$states.input.obj' specified for the field 'Items' returned"
                + " an unexpected result type. Expected 'array', but was 'object' for value:"
                + " {\"a\":1}");
  }

  @Test
  void aPassStateWithoutOutputPassesItsInput() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}
            """,
            "{\"a\":1}");
    assertThat(result.output()).isEqualTo(json("{\"a\":1}"));
  }

  @Test
  void parallelArgumentsFeedEachBranchAndOutputSeesTheResults() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Parallel",
              "Arguments":{"x":"{% $states.input.a %}"},
              "Output":"{% $states.result[0].x + $states.result[1].x %}","End":true,
              "Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
                          {"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]}}}
            """,
            "{\"a\":2}");
    assertThat(result.output()).isEqualTo(json("4"));
  }

  @Test
  void mapOutputAndAssignSeeTheResults() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"M","States":{
              "M":{"Type":"Map","Items":"{% $states.input.xs %}",
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                  "States":{"P":{"Type":"Pass","Output":"{% $states.input * 2 %}","End":true}}},
                "Output":{"sum":"{% $sum($states.result) %}"},
                "Assign":{"n":"{% $count($states.result) %}"},"Next":"Q"},
              "Q":{"Type":"Pass","Output":{"n":"{% $n %}","in":"{% $states.input %}"},
                   "End":true}}}
            """,
            "{\"xs\":[1,2,3]}");
    assertThat(result.output()).isEqualTo(json("{\"n\":3,\"in\":{\"sum\":12}}"));
  }

  @Test
  void mapItemsCanBeALiteralArray() {
    ExecutionResult result =
        run(
            """
            {"QueryLanguage":"JSONata","StartAt":"M","States":{
              "M":{"Type":"Map","Items":[1,"{% $states.input.two %}"],
                   "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P",
                     "States":{"P":{"Type":"Pass","End":true}}},
                   "End":true}}}
            """,
            "{\"two\":2}");
    assertThat(result.output()).isEqualTo(json("[1,2]"));
  }
}
