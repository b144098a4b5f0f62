package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where comparisons read their values from, and how they fail when a path names nothing. */
class ConditionPathsTest {

  private static final TestContext CONTEXT =
      new TestContext(
          TestContext.json("{\"status\": \"done\", \"limit\": 10, \"items\": [{\"n\": 1}]}"),
          TestContext.json(
              "{\"Execution\": {\"Name\": \"run-1\", \"StartTime\": \"2024-01-01T00:00:00.123Z\"},"
                  + " \"State\": {\"RetryCount\": 2}}"),
          Map.of(
              "threshold",
              Json.NODES.numberNode(5),
              "config",
              TestContext.json("{\"mode\": \"fast\"}")));

  private static Failure failureOf(String ruleJson) {
    try {
      rule(ruleJson).matches(CONTEXT);
    } catch (FailureException e) {
      return e.failure();
    }
    throw new AssertionError("expected a failure from " + ruleJson);
  }

  @Test
  void aMissingVariableIsAStatesRuntimeError() {
    assertThat(failureOf("{\"Variable\": \"$.x\", \"StringEquals\": \"a\"}"))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "Invalid path '$.x': The choice state's condition path references an invalid"
                    + " value."));
  }

  @Test
  void aMissingPathOperandIsTheSameError() {
    assertThat(failureOf("{\"Variable\": \"$.limit\", \"NumericLessThanPath\": \"$.max\"}"))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "Invalid path '$.max': The choice state's condition path references an invalid"
                    + " value."));
  }

  @Test
  void theVariableIsReadBeforeTheOperand() {
    assertThat(failureOf("{\"Variable\": \"$.x\", \"NumericLessThanPath\": \"$.y\"}").cause())
        .startsWith("Invalid path '$.x'");
  }

  @Test
  void aWrongTypeIsNotAnError() {
    assertThat(rule("{\"Variable\": \"$.status\", \"NumericEquals\": 1}").matches(CONTEXT))
        .isFalse();
  }

  @Test
  void variablesWorkOnBothSides() {
    assertThat(rule("{\"Variable\": \"$threshold\", \"NumericLessThan\": 10}").matches(CONTEXT))
        .isTrue();
    assertThat(
            rule("{\"Variable\": \"$config.mode\", \"StringEquals\": \"fast\"}").matches(CONTEXT))
        .isTrue();
    assertThat(
            rule("{\"Variable\": \"$.limit\", \"NumericGreaterThanPath\": \"$threshold\"}")
                .matches(CONTEXT))
        .isTrue();
  }

  @Test
  void anUnassignedVariableIsAnErrorExceptForIsPresent() {
    assertThat(failureOf("{\"Variable\": \"$nope\", \"IsNull\": true}").cause())
        .startsWith("Invalid path '$nope'");
    assertThat(failureOf("{\"Variable\": \"$config.speed\", \"StringEquals\": \"x\"}").cause())
        .startsWith("Invalid path '$config.speed'");
    assertThat(rule("{\"Variable\": \"$nope\", \"IsPresent\": false}").matches(CONTEXT)).isTrue();
  }

  @Test
  void theContextObjectWorksOnBothSides() {
    assertThat(
            rule("{\"Variable\": \"$$.State.RetryCount\", \"NumericGreaterThanEquals\": 2}")
                .matches(CONTEXT))
        .isTrue();
    assertThat(
            rule("{\"Variable\": \"$$.Execution.StartTime\","
                    + " \"TimestampLessThan\": \"2024-01-01T00:00:01Z\"}")
                .matches(CONTEXT))
        .isTrue();
    assertThat(
            rule("{\"Variable\": \"$.status\", \"StringEqualsPath\": \"$$.Execution.Name\"}")
                .matches(CONTEXT))
        .isFalse();
    assertThat(failureOf("{\"Variable\": \"$$.Map.Item.Index\", \"NumericEquals\": 0}").cause())
        .startsWith("Invalid path '$$.Map.Item.Index'");
  }

  @Test
  void indexedPathsWork() {
    assertThat(rule("{\"Variable\": \"$.items[0].n\", \"NumericEquals\": 1}").matches(CONTEXT))
        .isTrue();
    assertThatThrownBy(
            () -> rule("{\"Variable\": \"$.items[3].n\", \"NumericEquals\": 1}").matches(CONTEXT))
        .isInstanceOf(FailureException.class);
  }
}
