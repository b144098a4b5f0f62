package io.stepwise.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.error.FailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and outcomes from AWS's recorded test_is_operators cases. */
class TypeTestTest {

  private static boolean test(String operator, String value) {
    ChoiceRule rule =
        ChoiceRuleParser.parse(
            TestContext.json("{\"Variable\": \"$.v\", \"" + operator + "\": true}"));
    return rule.matches(TestContext.of("{\"v\": " + value + "}"));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IsNull      | null                         | true",
        "IsNull      | \"\"                         | false",
        "IsNull      | 0                            | false",
        "IsNull      | false                        | false",
        "IsNull      | {}                           | false",
        "IsNull      | []                           | false",
        "IsPresent   | null                         | true",
        "IsPresent   | \"\"                         | true",
        "IsPresent   | false                        | true",
        "IsPresent   | {}                           | true",
        "IsNumeric   | 0                            | true",
        "IsNumeric   | 1.1                          | true",
        "IsNumeric   | \"1\"                        | false",
        "IsNumeric   | null                         | false",
        "IsNumeric   | false                        | false",
        "IsNumeric   | []                           | false",
        "IsString    | \"\"                         | true",
        "IsString    | \" \"                        | true",
        "IsString    | \"2012-10-09T19:00:55Z\"     | true",
        "IsString    | 1                            | false",
        "IsString    | null                         | false",
        "IsString    | [\"\"]                       | false",
        "IsBoolean   | true                         | true",
        "IsBoolean   | false                        | true",
        "IsBoolean   | \"true\"                     | false",
        "IsBoolean   | 0                            | false",
        "IsBoolean   | null                         | false",
        "IsTimestamp | \"2012-10-09T19:00:55Z\"     | true",
        "IsTimestamp | \"2012-10-09T19:00:55+01:00\"| true",
        "IsTimestamp | \"2016-03-05T21:29:29.243167252Z\" | true",
        "IsTimestamp | \"2012-10-09T19:00:55\"      | false",
        "IsTimestamp | \"2023-02-24\"               | false",
        "IsTimestamp | \"2016-02-30T00:00:00Z\"     | false",
        "IsTimestamp | 1349809255                   | false",
        "IsTimestamp | null                         | false",
      })
  void testsTheKindOfValue(String operator, String value, boolean expected) {
    assertThat(test(operator, value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
  void falseExpectationInvertsTheTest(String operator) {
    ChoiceRule rule =
        ChoiceRuleParser.parse(
            TestContext.json("{\"Variable\": \"$.v\", \"" + operator + "\": false}"));
    assertThat(rule.matches(TestContext.of("{\"v\": {\"A\": 0}}"))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"true, false", "false, true"})
  void isPresentAnswersForAMissingField(boolean expected, boolean outcome) {
    ChoiceRule rule =
        ChoiceRuleParser.parse(
            TestContext.json("{\"Variable\": \"$.missing\", \"IsPresent\": " + expected + "}"));
    assertThat(rule.matches(TestContext.of("{\"v\": 1}"))).isEqualTo(outcome);
  }

  @ParameterizedTest
  @CsvSource({"IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
  void otherTypeTestsFailOnAMissingField(String operator) {
    ChoiceRule rule =
        ChoiceRuleParser.parse(
            TestContext.json("{\"Variable\": \"$.missing\", \"" + operator + "\": false}"));
    assertThatThrownBy(() -> rule.matches(TestContext.of("{}")))
        .isInstanceOf(FailureException.class)
        .hasMessageContaining("Invalid path '$.missing'");
  }
}
