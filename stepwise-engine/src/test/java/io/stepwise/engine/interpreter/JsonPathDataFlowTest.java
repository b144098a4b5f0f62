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

/** InputPath, Parameters, ResultSelector, ResultPath and OutputPath, as AWS applies them. */
class JsonPathDataFlowTest {

  private static final String ECHO = "arn:aws:lambda:us-east-1:123456789012:function:echo";

  /** A task that returns its parameters wrapped as {"Payload": parameters, "StatusCode": 200}. */
  private static TaskResources echo() {
    return TaskResources.none()
        .register(
            ECHO,
            invocation -> {
              var out = json("{\"StatusCode\":200}");
              ((com.fasterxml.jackson.databind.node.ObjectNode) out)
                  .set("Payload", invocation.parameters());
              return TaskOutcome.succeeded(out);
            });
  }

  @Test
  void inputPathSelectsPartOfTheInput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.a","End":true}}}
            """,
            "{\"a\":{\"b\":1},\"c\":2}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"b\":1}"));
  }

  @Test
  void parametersResolveFieldsEndingInDotDollar() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass",
              "Parameters":{"fixed":"x","copied.$":"$.a.b","nested":{"n.$":"$.c"},
                            "sum.$":"States.MathAdd($.c, 3)"},
              "End":true}}}
            """,
            "{\"a\":{\"b\":1},\"c\":2}");
    assertThat(result.output())
        .isEqualTo(json("{\"fixed\":\"x\",\"copied\":1,\"nested\":{\"n\":2},\"sum\":5}"));
  }

  @Test
  void resultSelectorShapesTheTaskResultBeforeResultPath() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s",
              "ResultSelector":{"body.$":"$.Payload.v"},
              "ResultPath":"$.result","End":true}}}
            """
                .formatted(ECHO),
            "{\"v\":7}",
            echo());
    assertThat(result.output()).isEqualTo(json("{\"v\":7,\"result\":{\"body\":7}}"));
  }

  @Test
  void resultPathMergesTheResultIntoTheInput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"r":1},
              "ResultPath":"$.deep.place","End":true}}}
            """,
            "{\"keep\":true,\"deep\":{\"other\":0}}");
    assertThat(result.output())
        .isEqualTo(json("{\"keep\":true,\"deep\":{\"other\":0,\"place\":{\"r\":1}}}"));
  }

  @Test
  void resultPathNullDiscardsTheResult() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"r":1},
              "ResultPath":null,"End":true}}}
            """,
            "{\"keep\":true}");
    assertThat(result.output()).isEqualTo(json("{\"keep\":true}"));
  }

  @Test
  void resultPathDollarReplacesTheInput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"r":1},
              "ResultPath":"$","End":true}}}
            """,
            "{\"keep\":true}");
    assertThat(result.output()).isEqualTo(json("{\"r\":1}"));
  }

  @Test
  void resultPathUsesTheRawInputNotTheInputPathSelection() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.a",
              "ResultPath":"$.copy","End":true}}}
            """,
            "{\"a\":{\"b\":1},\"c\":2}");
    assertThat(result.output()).isEqualTo(json("{\"a\":{\"b\":1},\"c\":2,\"copy\":{\"b\":1}}"));
  }

  @Test
  void outputPathSelectsFromTheStateOutput() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"r":1},
              "ResultPath":"$.res","OutputPath":"$.res","End":true}}}
            """,
            "{\"keep\":true}");
    assertThat(result.output()).isEqualTo(json("{\"r\":1}"));
  }

  @Test
  void nullInputPathGivesAnEmptyObject() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":null,"End":true}}}
            """,
            "{\"a\":1}");
    assertThat(result.output()).isEqualTo(json("{}"));
  }

  @Test
  void nullOutputPathGivesAnEmptyObject() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","OutputPath":null,"End":true}}}
            """,
            "{\"a\":1}");
    assertThat(result.output()).isEqualTo(json("{}"));
  }

  @Test
  void theFullPipelineAppliesInAwsOrder() {
    // InputPath -> Parameters -> task -> ResultSelector -> ResultPath -> OutputPath.
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s",
              "InputPath":"$.in","Parameters":{"x.$":"$.x"},
              "ResultSelector":{"got.$":"$.Payload.x"},
              "ResultPath":"$.in.out","OutputPath":"$.in","End":true}}}
            """
                .formatted(ECHO),
            "{\"in\":{\"x\":3},\"other\":1}",
            echo());
    assertThat(result.output()).isEqualTo(json("{\"x\":3,\"out\":{\"got\":3}}"));
    assertThat(Runs.payload(Runs.only(result, HistoryEventType.LAMBDA_FUNCTION_SCHEDULED), "input"))
        .isEqualTo(json("{\"x\":3}"));
  }

  @Test
  void anInputPathThatFindsNothingFailsWithStatesRuntime() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.missing","End":true}}}
            """,
            "{\"a\":1}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo(
            "An error occurred while executing the state 'P' (entered at the event id #2)."
                + " Invalid path '$.missing' : No results for path: $['missing']");
  }

  @Test
  void aResultPathIntoAScalarInputFailsWithResultPathMatchFailure() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"ResultPath":"$.x",
              "End":true}}}
            """,
            "\"text\"");
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.ResultPathMatchFailure");
  }
}
