package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.eval.EvaluationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** And, Or and Not, on the AWS documentation's example that AWS's recorded cases also run. */
class LogicalRulesTest {

  private static final ChoiceRule[] DOCS_EXAMPLE = {
    rule("{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}}"),
    rule("{\"Variable\": \"$.value\", \"NumericEquals\": 0}"),
    rule(
        """
        {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20},
                 {"Variable": "$.value", "NumericLessThan": 30}]}
        """)
  };

  private static final String[] NEXT = {"Public", "ValueIsZero", "ValueInTwenties"};

  private static String choose(EvaluationContext context) {
    for (int i = 0; i < DOCS_EXAMPLE.length; i++) {
      if (DOCS_EXAMPLE[i].matches(context)) {
        return NEXT[i];
      }
    }
    return "DefaultState";
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\": \"Public\", \"value\": 3}   | Public",
        "{\"type\": \"Private\", \"value\": 0}  | ValueIsZero",
        "{\"type\": \"Private\", \"value\": 22} | ValueInTwenties",
        "{\"type\": \"Private\", \"value\": 30} | DefaultState",
        "{\"type\": \"Private\", \"value\": 19.9} | DefaultState",
      })
  void choosesAsAwsDid(String input, String next) {
    assertThat(choose(TestContext.of(input))).isEqualTo(next);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "2, false"})
  void orHoldsWhenAnyRuleHolds(int value, boolean expected) {
    ChoiceRule or =
        rule(
            """
            {"Or": [{"Variable": "$.v", "NumericEquals": 0},
                    {"Variable": "$.v", "NumericEquals": 1}]}
            """);
    assertThat(or.matches(TestContext.of("{\"v\": " + value + "}"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, true", "3, false", "'\"3\"', false"})
  void nestedAndWithTypeGuard(String value, boolean expected) {
    // The guard pattern from AWS's Map break-condition case: IsPresent, IsNumeric, then compare.
    ChoiceRule guarded =
        rule(
            """
            {"And": [{"IsPresent": true, "Variable": "$"},
                     {"And": [{"IsNumeric": true, "Variable": "$"},
                              {"NumericEquals": 0, "Variable": "$"}]}]}
            """);
    assertThat(guarded.matches(TestContext.of(value))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'{}', false", "'{\"v\": 1}', true"})
  void andStopsAtTheFirstFalseRuleSoLaterPathsAreNotRead(String input, boolean expected) {
    ChoiceRule and =
        rule(
            """
            {"And": [{"Variable": "$.v", "IsPresent": true},
                     {"Variable": "$.v", "NumericEquals": 1}]}
            """);
    assertThat(and.matches(TestContext.of(input))).isEqualTo(expected);
  }
}
