package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static io.stepwise.asl.intrinsic.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "' '                      | null",
        "''                       | null",
        "null                     | null",
        "-0                       | 0",
        "1                        | 1",
        "1.1                      | 1.1",
        "\"HelloWorld\"           | \"HelloWorld\"",
        "[1, {\"a\": true}]       | [1, {\"a\": true}]",
        "{\"Arg1\": 1, \"Arg2\": []} | {\"Arg1\": 1, \"Arg2\": []}"
      })
  void stringToJsonParsesAnyJson(String text, String expected) {
    String input = Json.write(Json.NODES.objectNode().put("s", text));
    assertThat(eval("States.StringToJson($.s)", input)).isEqualTo(json(expected));
  }

  @Test
  void stringToJsonOfALiteral() {
    assertThat(eval("States.StringToJson('{\"constant_in_literal\": \"false\"}')", "{}"))
        .isEqualTo(json("{\"constant_in_literal\": \"false\"}"));
  }

  @Test
  void stringToJsonRejectsNonStringsAndBadJson() {
    assertThat(fail("States.StringToJson($.s)", "{\"s\": {\"a\": 1}}"))
        .isEqualTo(invalidArguments("States.StringToJson"));
    assertThat(fail("States.StringToJson($.s)", "{\"s\": \"{bad\"}"))
        .isEqualTo(invalidArguments("States.StringToJson"));
    assertThat(fail("States.StringToJson($.s)", "{\"s\": \"1 2\"}"))
        .isEqualTo(invalidArguments("States.StringToJson"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null                       | null",
        "0                          | 0",
        "1.1                        | 1.1",
        "\"HelloWorld\"             | \"HelloWorld\"",
        "{\"Arg1\": 1, \"Arg2\": []} | {\"Arg1\":1,\"Arg2\":[]}"
      })
  void jsonToStringIsCompact(String value, String expectedText) {
    assertThat(eval("States.JsonToString($.v)", "{\"v\": " + value + "}").textValue())
        .isEqualTo(expectedText);
  }

  @Test
  void jsonMergeIsShallowAndTheSecondObjectWins() {
    assertThat(
            eval(
                "States.JsonMerge($.a, $.b, false)",
                "{\"a\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2, \"d\": 3},"
                    + " \"b\": {\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3, \"d\": 4}}"))
        .isEqualTo(json("{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"c\": 3, \"d\": 4}"));
  }

  @Test
  void jsonMergeLeavesItsInputsUnchanged() {
    TestContext context = TestContext.withInput("{\"a\": {\"x\": 1}, \"b\": {\"y\": 2}}");
    context.eval("States.JsonMerge($.a, $.b, false)");
    assertThat(context.input()).isEqualTo(json("{\"a\": {\"x\": 1}, \"b\": {\"y\": 2}}"));
  }

  @Test
  void jsonMergeRejectsDeepMergeAndNonObjects() {
    String input = "{\"a\": {\"x\": 1}, \"b\": {\"y\": 2}}";
    assertThat(fail("States.JsonMerge($.a, $.b, true)", input))
        .isEqualTo(invalidArguments("States.JsonMerge"));
    assertThat(fail("States.JsonMerge($.a, 'b', false)", input))
        .isEqualTo(invalidArguments("States.JsonMerge"));
    assertThat(fail("States.JsonMerge($.a, $.b, 'false')", input))
        .isEqualTo(invalidArguments("States.JsonMerge"));
  }
}
