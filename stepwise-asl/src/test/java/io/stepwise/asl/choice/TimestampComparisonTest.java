package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.compare;
import static io.stepwise.asl.choice.Rules.comparePath;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and outcomes from AWS's recorded test_timestamp_operators cases, plus offsets. */
class TimestampComparisonTest {

  private static final String T55 = "\"2012-10-09T19:00:55Z\"";
  private static final String T56 = "\"2012-10-09T19:00:56Z\"";

  @ParameterizedTest(name = "{2} {0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TimestampEquals            | T55 | T55 | true",
        "TimestampEquals            | T56 | T55 | false",
        "TimestampGreaterThan       | T56 | T55 | false",
        "TimestampGreaterThan       | T55 | T56 | true",
        "TimestampGreaterThanEquals | T55 | T55 | true",
        "TimestampGreaterThanEquals | T56 | T55 | false",
        "TimestampGreaterThanEquals | T55 | T56 | true",
        "TimestampLessThan          | T56 | T55 | true",
        "TimestampLessThan          | T55 | T56 | false",
        "TimestampLessThanEquals    | T55 | T55 | true",
        "TimestampLessThanEquals    | T56 | T55 | true",
        "TimestampLessThanEquals    | T55 | T56 | false",
      })
  void comparesInstants(String operator, String operand, String value, boolean expected) {
    assertThat(compare(operator, time(operand), time(value))).isEqualTo(expected);
    assertThat(comparePath(operator, time(value), time(operand))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "TimestampEquals with {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null",
        "0",
        "0.0",
        "1",
        "1.1",
        "\"\"",
        "\" \"",
        "\"2023-02-24 12:15:56.832957\"",
        "[]",
        "{}",
        "{\"A\": 0}",
        "false",
        "\"2012-10-09T19:00:55\"",
        "\"2012-10-09t19:00:55Z\""
      })
  void isFalseForAnythingButATimestampString(String value) {
    assertThat(compare("TimestampEquals", T55, value)).isFalse();
    assertThat(compare("TimestampLessThanEquals", T55, value)).isFalse();
    assertThat(comparePath("TimestampEquals", T55, value)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"2012-10-09T20:00:55+01:00\"",
        "\"2012-10-09T19:00:55.000Z\"",
        "\"2012-10-09T17:30:55-01:30\""
      })
  void equalInstantsWrittenDifferentlyAreEqual(String value) {
    assertThat(compare("TimestampEquals", T55, value)).isTrue();
  }

  private static String time(String name) {
    return name.equals("T55") ? T55 : T56;
  }
}
