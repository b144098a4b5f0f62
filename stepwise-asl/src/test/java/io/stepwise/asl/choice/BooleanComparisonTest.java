package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.compare;
import static io.stepwise.asl.choice.Rules.comparePath;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and outcomes from AWS's recorded test_boolean_equals cases. */
class BooleanComparisonTest {

  @ParameterizedTest(name = "{1} BooleanEquals {0}")
  @CsvSource({"true, true, true", "false, false, true", "true, false, false", "false, true, false"})
  void comparesBooleans(String operand, String value, boolean expected) {
    assertThat(compare("BooleanEquals", operand, value)).isEqualTo(expected);
    assertThat(comparePath("BooleanEquals", value, operand)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "BooleanEquals with {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null",
        "\"\"",
        "\"true\"",
        "\"false\"",
        "0",
        "1",
        "0.0",
        "1.1",
        "[]",
        "[\"\"]",
        "{}",
        "{\"A\": 0}",
        "\"2012-10-09T19:00:55Z\""
      })
  void isFalseForAnythingButABoolean(String value) {
    assertThat(compare("BooleanEquals", "true", value)).isFalse();
    assertThat(compare("BooleanEquals", "false", value)).isFalse();
    assertThat(comparePath("BooleanEquals", value, "true")).isFalse();
    assertThat(comparePath("BooleanEquals", value, "false")).isFalse();
  }
}
