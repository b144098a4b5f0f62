package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static io.stepwise.asl.intrinsic.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTest {

  @Test
  void arrayOfNothingAndOfValues() {
    assertThat(eval("States.Array()", "{}")).isEqualTo(json("[]"));
    assertThat(eval("States.Array($.a, $.b)", "{\"a\": {\"Arg1\": 1, \"Arg2\": []}, \"b\": null}"))
        .isEqualTo(json("[{\"Arg1\": 1, \"Arg2\": []}, null]"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]        | 1 | []",
        "[]        | 3 | []",
        "[0]       | 5 | [[0]]",
        "[0,1]     | 1 | [[0],[1]]",
        "[0,1,2]   | 2 | [[0,1],[2]]",
        "[0,1,2,3] | 3 | [[0,1,2],[3]]",
        "[0,1,2,3] | 4 | [[0,1,2,3]]",
        "[1,2,3,4,5] | 2.6 | [[1,2],[3,4],[5]]",
        "[1,2,3]   | 2147483647 | [[1,2,3]]"
      })
  void partition(String array, String size, String expected) {
    assertThat(
            eval("States.ArrayPartition($.a, $.n)", "{\"a\": " + array + ", \"n\": " + size + "}"))
        .isEqualTo(json(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,2] | 0",
        "[1,2] | -1",
        "[1,2] | 0.6",
        "[1,2] | '\"2\"'",
        "[1,2] | null",
        "'\"x\"' | 2"
      })
  void partitionRejectsBadArguments(String array, String size) {
    assertThat(
            fail("States.ArrayPartition($.a, $.n)", "{\"a\": " + array + ", \"n\": " + size + "}"))
        .isEqualTo(invalidArguments("States.ArrayPartition"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]                 | null      | false",
        "[]                 | []        | false",
        "[[1,2,3],2]        | [1,2,3]   | true",
        "[{\"1\":2,\"2\":[]}] | {\"2\":[],\"1\":2} | true",
        "[{\"1\":2,\"2\":[]}] | []      | false",
        "[true,false]       | false     | true",
        "[1,2]              | 2.0       | true",
        "[\"1\"]            | 1         | false"
      })
  void contains(String array, String value, boolean expected) {
    assertThat(
            eval("States.ArrayContains($.a, $.v)", "{\"a\": " + array + ", \"v\": " + value + "}"))
        .isEqualTo(json(Boolean.toString(expected)));
  }

  @Test
  void containsNeedsAnArray() {
    assertThat(fail("States.ArrayContains('abc', 'a')", "{}"))
        .isEqualTo(invalidArguments("States.ArrayContains"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0, 9, 3   | [0,3,6,9]",
        "0, 10, 3  | [0,3,6,9]",
        "1, 9, 9   | [1]",
        "1, 9, 2   | [1,3,5,7,9]",
        "5, 1, -2  | [5,3,1]",
        "1, 5, -1  | []",
        "1, 1000, 1 | RANGE1000"
      })
  void range(String arguments, String expected) {
    var result = eval("States.ArrayRange(" + arguments + ")", "{}");
    if (expected.equals("RANGE1000")) {
      assertThat(result.size()).isEqualTo(1000);
      assertThat(result.get(999).intValue()).isEqualTo(1000);
    } else {
      assertThat(result).isEqualTo(json(expected));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0, 1000, 1", "1, 5, 0", "'a', 5, 1", "1, null, 1"})
  void rangeRejectsZeroStepsWrongTypesAndMoreThan1000Elements(String arguments) {
    assertThat(fail("States.ArrayRange(" + arguments + ")", "{}"))
        .isEqualTo(invalidArguments("States.ArrayRange"));
  }

  @Test
  void getItem() {
    assertThat(eval("States.ArrayGetItem($.a, $.i)", "{\"a\": [1,2,3,4,5,6,7,8,9], \"i\": 5}"))
        .isEqualTo(json("6"));
    assertThat(eval("States.ArrayGetItem($.a, 0)", "{\"a\": [{\"k\": 1}]}"))
        .isEqualTo(json("{\"k\": 1}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"[1,2] | 2", "[1,2] | -1", "[1,2] | '\"0\"'", "{} | 0"})
  void getItemRejectsBadIndexesAndNonArrays(String array, String index) {
    assertThat(
            fail("States.ArrayGetItem($.a, $.i)", "{\"a\": " + array + ", \"i\": " + index + "}"))
        .isEqualTo(invalidArguments("States.ArrayGetItem"));
  }

  @Test
  void length() {
    assertThat(eval("States.ArrayLength($.a)", "{\"a\": [1,2,3,4,5,6,7,8,9]}"))
        .isEqualTo(json("9"));
    assertThat(eval("States.ArrayLength($.a)", "{\"a\": []}")).isEqualTo(json("0"));
    assertThat(fail("States.ArrayLength($.a)", "{\"a\": \"abc\"}"))
        .isEqualTo(invalidArguments("States.ArrayLength"));
  }

  @Test
  void uniqueKeepsFirstOccurrences() {
    assertThat(
            eval(
                "States.ArrayUnique($.a)",
                "{\"a\": [null, null, true, true, false, false, 1, 1, 1.1, 0, 0, \"HelloWorld\","
                    + " \"HelloWorld\", [], [], [null], [null], {\"a\": 1, \"b\": 2},"
                    + " {\"b\": 2, \"a\": 1}, {\"a\": 1, \"b\": 1}]}"))
        .isEqualTo(
            json(
                "[null, true, false, 1, 1.1, 0, \"HelloWorld\", [], [null], {\"a\": 1, \"b\": 2},"
                    + " {\"a\": 1, \"b\": 1}]"));
    assertThat(fail("States.ArrayUnique($.a)", "{\"a\": 1}"))
        .isEqualTo(invalidArguments("States.ArrayUnique"));
  }
}
