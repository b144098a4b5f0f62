package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.compare;
import static io.stepwise.asl.choice.Rules.comparePath;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and outcomes from AWS's recorded test_numeric cases, plus boundaries. */
class NumericComparisonTest {

  @ParameterizedTest(name = "{1} {0} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NumericEquals               | 0    | 0    | true",
        "NumericEquals               | 0    | 0.0  | true",
        "NumericEquals               | 1.0  | 1    | true",
        "NumericEquals               | 1.0  | 1.1  | false",
        "NumericEquals               | 1    | 0    | false",
        "NumericEquals               | 100  | 1e2  | true",
        "NumericEquals               | 0.1  | 0.10 | true",
        "NumericEquals               | 9007199254740993 | 9007199254740993 | true",
        "NumericEquals               | 9007199254740993 | 9007199254740992 | false",
        "NumericGreaterThan          | 0    | 1    | true",
        "NumericGreaterThan          | 0    | 0.0  | false",
        "NumericGreaterThan          | 1    | 1    | false",
        "NumericGreaterThan          | -1.5 | -1   | true",
        "NumericGreaterThanEquals    | 1    | 1    | true",
        "NumericGreaterThanEquals    | 1    | 0    | false",
        "NumericLessThan             | 1    | 0    | true",
        "NumericLessThan             | 1    | 1    | false",
        "NumericLessThan             | 1    | 0.999| true",
        "NumericLessThanEquals       | 0    | 0    | true",
        "NumericLessThanEquals       | 0    | 1    | false",
      })
  void comparesNumbersByValue(String operator, String operand, String value, boolean expected) {
    assertThat(compare(operator, operand, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "NumericEquals 0 with {0}")
  @CsvSource(
      delimiter = '|',
      value = {"null", "\"\"", "\" \"", "\"0\"", "[]", "[0]", "{}", "{\"A\": 0}", "false", "true"})
  void isFalseForAnythingButANumber(String value) {
    assertThat(compare("NumericEquals", "0", value)).isFalse();
    assertThat(compare("NumericLessThanEquals", "0", value)).isFalse();
    assertThat(compare("NumericGreaterThanEquals", "0", value)).isFalse();
  }

  @ParameterizedTest(name = "{1} {0}Path {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NumericEquals            | 1    | 1.0  | true",
        "NumericEquals            | 0.0  | 0    | true",
        "NumericEquals            | 0    | 1.0  | false",
        "NumericEquals            | true | 1    | false",
        "NumericEquals            | 1    | \"1\"| false",
        "NumericGreaterThan       | 1    | 0    | true",
        "NumericGreaterThan       | 0.0  | 0    | false",
        "NumericGreaterThanEquals | 0.0  | 0    | true",
        "NumericLessThan          | 0    | 1    | true",
        "NumericLessThan          | 1    | 0    | false",
        "NumericLessThanEquals    | 1    | 1    | true",
        "NumericLessThanEquals    | 1    | 0    | false",
      })
  void pathOperandsCompareTheSameWay(
      String operator, String value, String other, boolean expected) {
    assertThat(comparePath(operator, value, other)).isEqualTo(expected);
  }
}
