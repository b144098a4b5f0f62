package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonComparatorTest {

  private final JsonComparator strict = new JsonComparator(Placeholders.none(), false);

  @Test
  void numbersCompareByValueAndKeysInAnyOrder() {
    assertThat(
            strict.compare(
                "$", json("{\"a\":1,\"b\":[1.50,2]}"), json("{\"b\":[1.5,2.0],\"a\":1.0}")))
        .isEmpty();
    assertThat(strict.compare("$", json("100000000000000000000"), json("1E20"))).isEmpty();
  }

  @Test
  void reportsTheFirstDifferenceWithItsPath() {
    Optional<Difference> difference =
        strict.compare(
            "$.output", json("{\"a\":{\"b\":[1,2,3]}}"), json("{\"a\":{\"b\":[1,5,3]}}"));

    assertThat(difference).contains(new Difference("$.output.a.b[1]", "2", "5"));
  }

  @Test
  void missingAndExtraMembersAreDifferences() {
    assertThat(strict.compare("$", json("{\"a\":1,\"b\":2}"), json("{\"a\":1}")))
        .contains(new Difference("$.b", "2", null));
    assertThat(strict.compare("$", json("{\"a\":1}"), json("{\"a\":1,\"c\":null}")))
        .contains(new Difference("$.c", null, "null"));
  }

  @Test
  void arraysCompareInOrderAndByLength() {
    assertThat(strict.compare("$", json("[1,2]"), json("[2,1]")))
        .contains(new Difference("$[0]", "1", "2"));
    assertThat(strict.compare("$", json("[1,2]"), json("[1]")))
        .contains(new Difference("$[1]", "2", null));
    assertThat(strict.compare("$", json("[1]"), json("[1,{}]")))
        .contains(new Difference("$[1]", null, "{}"));
  }

  @Test
  void typesMustAgree() {
    assertThat(strict.compare("$", json("\"1\""), json("1"))).isPresent();
    assertThat(strict.compare("$", json("null"), json("{}"))).isPresent();
    assertThat(strict.compare("$", json("true"), json("1"))).isPresent();
    assertThat(strict.compare("$", json("null"), null)).contains(new Difference("$", "null", null));
    assertThat(strict.compare("$", null, null)).isEmpty();
  }

  @Test
  void listedPlaceholdersApplyOnlyAtTheirPaths() {
    JsonComparator comparator =
        new JsonComparator(
            Placeholders.listed(Map.of("$.output.Id", "x", "$.output.When", "date")), false);
    JsonNode expected =
        json(
            "{\"Id\":\"arn:<partition>:states:<region>:1:x\",\"When\":\"date\","
                + "\"Other\":\"<uuid:1>\"}");

    assertThat(
            comparator.compare(
                "$.output",
                expected,
                json(
                    "{\"Id\":\"arn:aws:states:us-east-1:1:x\",\"When\":1700000000,"
                        + "\"Other\":\"<uuid:1>\"}")))
        .isEmpty();
    assertThat(
            comparator.compare(
                "$.output",
                expected,
                json(
                    "{\"Id\":\"arn:aws:states:us-east-1:2:x\",\"When\":\"now\",\"Other\":\"<uuid:1>\"}")))
        .contains(
            new Difference(
                "$.output.Id",
                "\"arn:<partition>:states:<region>:1:x\"",
                "\"arn:aws:states:us-east-1:2:x\""));
    assertThat(
            comparator.compare(
                "$.output",
                expected,
                json(
                    "{\"Id\":\"arn:aws:states:us-east-1:1:x\",\"When\":\"now\",\"Other\":\"abc\"}")))
        .contains(new Difference("$.output.Other", "\"<uuid:1>\"", "\"abc\""));
  }

  @Test
  void historyModeEqualsJsonTextWithTheValueItEncodes() {
    JsonComparator history = new JsonComparator(Placeholders.implicit(Set.of()), true);

    assertThat(
            history.compare(
                "$", json("{\"input\":{\"a\":[1]}}"), json("{\"input\":\"{\\\"a\\\":[1.0]}\"}")))
        .isEmpty();
    assertThat(history.compare("$", json("{\"output\":\"[0]\"}"), json("{\"output\":\"[ 0 ]\"}")))
        .isEmpty();
    assertThat(history.compare("$", json("{\"output\":1}"), json("{\"output\":\"1\"}"))).isEmpty();
    assertThat(history.compare("$", json("{\"v\":\"\\\"1\\\"\"}"), json("{\"v\":\"\\\"1\\\"\"}")))
        .isEmpty();
    assertThat(
            history.compare(
                "$", json("{\"output\":\"\\\"a\\\"\"}"), json("{\"output\":\"\\\"b\\\"\"}")))
        .contains(new Difference("$.output", "\"a\"", "\"b\""));
    assertThat(strict.compare("$", json("{\"input\":{}}"), json("{\"input\":\"{}\"}"))).isPresent();
  }

  @Test
  void historyModeTreatsTokensAndReplacementWordsAsPlaceholdersEverywhere() {
    JsonComparator history =
        new JsonComparator(Placeholders.implicit(Set.of("snf_role_arn")), true);

    assertThat(
            history.compare(
                "$",
                json("{\"roleArn\":\"snf_role_arn\",\"r\":\"x:<region>\"}"),
                json("{\"roleArn\":\"arn:aws:iam::1:role/r\",\"r\":\"x:us-east-1\"}")))
        .isEmpty();
    assertThat(history.compare("$", json("{\"name\":\"other_word\"}"), json("{\"name\":\"x\"}")))
        .isPresent();
  }

  private static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
