package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.path.PathExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceRuleParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "StringEquals, '\"a\"', StringComparison, EQUALS",
    "StringLessThan, '\"a\"', StringComparison, LESS_THAN",
    "StringGreaterThan, '\"a\"', StringComparison, GREATER_THAN",
    "StringLessThanEquals, '\"a\"', StringComparison, LESS_THAN_EQUALS",
    "StringGreaterThanEquals, '\"a\"', StringComparison, GREATER_THAN_EQUALS",
    "NumericEquals, 1, NumericComparison, EQUALS",
    "NumericLessThan, 1.5, NumericComparison, LESS_THAN",
    "NumericGreaterThan, -1, NumericComparison, GREATER_THAN",
    "NumericLessThanEquals, 0, NumericComparison, LESS_THAN_EQUALS",
    "NumericGreaterThanEquals, 0, NumericComparison, GREATER_THAN_EQUALS",
    "TimestampEquals, '\"2012-10-09T19:00:55Z\"', TimestampComparison, EQUALS",
    "TimestampLessThan, '\"2012-10-09T19:00:55Z\"', TimestampComparison, LESS_THAN",
    "TimestampGreaterThan, '\"2012-10-09T19:00:55Z\"', TimestampComparison, GREATER_THAN",
    "TimestampLessThanEquals, '\"2012-10-09T19:00:55Z\"', TimestampComparison, LESS_THAN_EQUALS",
    "TimestampGreaterThanEquals, '\"2012-10-09T19:00:55Z\"', TimestampComparison,"
        + " GREATER_THAN_EQUALS",
  })
  void buildsOneFamilyClassPerOperator(
      String operator, String operand, String family, Ordering ordering) {
    ChoiceRule literal = rule("{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}");
    ChoiceRule path = rule("{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.w\"}");
    assertThat(literal.getClass().getSimpleName()).isEqualTo(family);
    assertThat(path.getClass().getSimpleName()).isEqualTo(family);
    assertThat(literal).hasFieldOrPropertyWithValue("ordering", ordering);
    assertThat(path)
        .hasFieldOrPropertyWithValue("operand", new Operand.Path(PathExpression.compile("$.w")));
  }

  @Test
  void buildsBooleanAndTypeTests() {
    assertThat(rule("{\"Variable\": \"$.v\", \"BooleanEquals\": true}"))
        .isInstanceOf(BooleanComparison.class);
    assertThat(rule("{\"Variable\": \"$.v\", \"BooleanEqualsPath\": \"$.w\"}"))
        .isInstanceOf(BooleanComparison.class);
    for (TypeTest.Kind kind : TypeTest.Kind.values()) {
      assertThat(rule("{\"Variable\": \"$.v\", \"" + kind.operatorName() + "\": false}"))
          .isEqualTo(new TypeTest(PathExpression.compile("$.v"), kind, false));
    }
  }

  @Test
  void buildsNestedBooleanExpressions() {
    ChoiceRule parsed =
        rule(
            """
            {"And": [
               {"Not": {"Variable": "$.type", "StringEquals": "Private"}},
               {"Or": [{"Variable": "$.value", "NumericEquals": 0},
                       {"Variable": "$.value", "IsNull": true}]}],
             "Next": "Somewhere"}
            """);
    assertThat(parsed).isInstanceOf(And.class);
    And and = (And) parsed;
    assertThat(and.rules()).hasSize(2);
    assertThat(and.rules().get(0)).isInstanceOf(Not.class);
    assertThat(((Or) and.rules().get(1)).rules()).hasSize(2);
  }

  @Test
  void ignoresNextAssignAndComments() {
    // As in AWS's documented example, a nested rule may carry a Comment.
    ChoiceRule parsed =
        rule(
            """
            {"And": [{"Variable": "$.status", "StringEquals": "complete",
                      "Comment": "If task is complete, move to the SuccessState."}],
             "Comment": "Set the next state as the SuccessState",
             "Assign": {"status": "done"},
             "Next": "SuccessState"}
            """);
    assertThat(parsed.matches(TestContext.of("{\"status\": \"complete\"}"))).isTrue();
  }

  @Test
  void acceptsTheWholeInputAsVariable() {
    ChoiceRule parsed = rule("{\"Variable\": \"$\", \"NumericEquals\": 3}");
    assertThat(parsed.matches(TestContext.of("3"))).isTrue();
    assertThat(parsed.matches(TestContext.of("4"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]",
        "{}",
        "{\"Variable\": \"$.v\", \"Next\": \"X\"}",
        "{\"StringEquals\": \"a\"}",
        "{\"Variable\": \"$.v\", \"StringEquals\": 1}",
        "{\"Variable\": \"$.v\", \"NumericEquals\": \"1\"}",
        "{\"Variable\": \"$.v\", \"BooleanEquals\": \"true\"}",
        "{\"Variable\": \"$.v\", \"TimestampEquals\": \"2016-12-05T21:29:29\"}",
        "{\"Variable\": \"$.v\", \"IsNull\": \"yes\"}",
        "{\"Variable\": \"$.v\", \"StringEqualsPath\": 3}",
        "{\"And\": []}",
        "{\"Or\": {}}",
        "{\"Condition\": \"{% true %}\"}",
      })
  void rejectsWhatIsNotAJsonPathRule(String json) {
    assertThatThrownBy(() -> rule(json)).isInstanceOf(IllegalArgumentException.class);
  }
}
