package io.stepwise.asl.choice;

import static io.stepwise.asl.choice.Rules.compare;
import static io.stepwise.asl.choice.Rules.comparePath;
import static io.stepwise.asl.choice.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and outcomes from AWS's recorded test_string_operators cases. */
class StringComparisonTest {

  @ParameterizedTest(name = "{2} {0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals            | \"Hello\"      | \"Hello\"   | true",
        "StringEquals            | \"     \"      | \" \"       | false",
        "StringEquals            | \"\\t\\r\\n\"  | \"\\t\\n\"  | false",
        "StringEquals            | \"HelloWorld\" | \"\"        | false",
        "StringGreaterThan       | \"\"           | \"\"        | false",
        "StringGreaterThan       | \"A\"          | \"B\"       | true",
        "StringGreaterThan       | \"a\"          | \"B\"       | false",
        "StringGreaterThanEquals | \"\"           | \"\"        | true",
        "StringGreaterThanEquals | \"AB\"         | \"A\"       | false",
        "StringGreaterThanEquals | \"A\"          | \"AB\"      | true",
        "StringLessThan          | \"A\"          | \"AB\"      | false",
        "StringLessThan          | \"AB\"         | \"A\"       | true",
        "StringLessThanEquals    | \"\"           | \"\"        | true",
        "StringLessThanEquals    | \"AB\"         | \"A\"       | true",
        "StringLessThanEquals    | \"A\"          | \"AB\"      | false",
      })
  void comparesStringsLexicographically(
      String operator, String operand, String value, boolean expected) {
    assertThat(compare(operator, operand, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "StringEquals \"HelloWorld\" with {0}")
  @CsvSource(
      delimiter = '|',
      value = {"null", "0", "0.0", "1", "1.1", "[]", "[\"HelloWorld\"]", "{}", "true", "false"})
  void isFalseForAnythingButAString(String value) {
    assertThat(compare("StringEquals", "\"HelloWorld\"", value)).isFalse();
  }

  @Test
  void numbersAreNotTheirText() {
    assertThat(compare("StringEquals", "\"1\"", "1")).isFalse();
    assertThat(comparePath("StringEquals", "\"1\"", "1")).isFalse();
  }

  @ParameterizedTest(name = "{1} {0}Path {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals            | \" \"  | \"     \"    | false",
        "StringEquals            | \"x\"  | \"x\"        | true",
        "StringGreaterThan       | \"\"   | \"\"         | false",
        "StringGreaterThan       | \"A\"  | \"A \"       | false",
        "StringGreaterThan       | \"A\"  | \"A\\t\\n\\r\"| false",
        "StringGreaterThan       | \"AB\" | \"ABC\"      | false",
        "StringGreaterThanEquals | \"\"   | \"\"         | true",
        "StringGreaterThanEquals | \"A\"  | \"AB\"       | false",
        "StringGreaterThanEquals | \"AB\" | \"A\"        | true",
        "StringLessThan          | \"A\"  | \"AB\"       | true",
        "StringLessThan          | \"AB\" | \"A\"        | false",
        "StringLessThanEquals    | \"A\"  | \"AB\"       | true",
        "StringLessThanEquals    | \"AB\" | \"A\"        | false",
      })
  void pathOperandsCompareTheSameWay(
      String operator, String value, String other, boolean expected) {
    assertThat(comparePath(operator, value, other)).isEqualTo(expected);
  }

  @Test
  void stringMatchesUsesWildcards() {
    assertThat(compare("StringMatches", "\"log-*.txt\"", "\"log-2024.txt\"")).isTrue();
    assertThat(compare("StringMatches", "\"log-*.txt\"", "\"log-2024.csv\"")).isFalse();
    assertThat(compare("StringMatches", "\"a\\\\*b\"", "\"a*b\"")).isTrue();
    assertThat(compare("StringMatches", "\"a\\\\*b\"", "\"axb\"")).isFalse();
  }

  @Test
  void stringMatchesIsFalseForNonStrings() {
    assertThat(compare("StringMatches", "\"*\"", "1")).isFalse();
    assertThat(compare("StringMatches", "\"*\"", "null")).isFalse();
    assertThat(rule("{\"Variable\": \"$.v\", \"StringMatches\": \"*\"}"))
        .isInstanceOf(StringMatch.class);
  }
}
