package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatFunctionTest {

  /** Values and their renderings, as AWS recorded them (and Java's notation for decimals). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\" \"'                      | ' '",
        "\"HelloWorld\"               | HelloWorld",
        "null                         | null",
        "1                            | 1",
        "1.1                          | 1.1",
        "1.0                          | 1.0",
        "true                         | true",
        "12345678901234567890         | 12345678901234567890",
        "1e21                         | 1.0E21",
        "\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\" | '{\"Arg1\": 1, \"Arg2\": []}'",
        "{\"Arg1\": 1, \"Arg2\": []}  | '{Arg1=1, Arg2=[]}'",
        "[1, \"a\", null, {\"k\": [2.5]}] | '[1, a, null, {k=[2.5]}]'"
      })
  void rendersValuesAsAwsDoes(String value, String rendered) {
    assertThat(eval("States.Format('Formatting argument {}.', $.v)", "{\"v\": " + value + "}"))
        .isEqualTo(TestContext.json("\"Formatting argument " + escape(rendered) + ".\""));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Test
  void severalPlaceholders() {
    assertThat(
            eval(
                    "States.Format('Formatting arguments fst={} and snd={}.', $.a, $.b)",
                    "{\"a\": \"\", \"b\": 1}")
                .textValue())
        .isEqualTo("Formatting arguments fst= and snd=1.");
  }

  @Test
  void escapedBracesInALiteralTemplateAreNotPlaceholders() {
    assertThat(eval("States.Format('\\{\\} is {} and \\\\ and \\'q\\'', 'x')", "{}").textValue())
        .isEqualTo("{} is x and \\ and 'q'");
  }

  @Test
  void templateFromAPathOrVariable() {
    TestContext context =
        new TestContext(
            TestContext.json("{\"t\": \"It's {}!\"}"),
            TestContext.json("{\"Map\": {\"Item\": {\"Value\": \"Pikachu\"}}}"),
            Map.of("t", TestContext.json("\"Hello {}, welcome to {}!\"")),
            new SplittableRandom(1));
    assertThat(context.eval("States.Format($.t, $$.Map.Item.Value)").textValue())
        .isEqualTo("It's Pikachu!");
    assertThat(context.eval("States.Format($t, 'John', 'Stepwise')").textValue())
        .isEqualTo("Hello John, welcome to Stepwise!");
  }

  @Test
  void templateWithoutPlaceholders() {
    assertThat(eval("States.Format('plain')", "{}").textValue()).isEqualTo("plain");
  }

  @Test
  void rejectsMismatchedArgumentCountsAndNonStringTemplates() {
    assertThat(fail("States.Format('{} {}', 1)", "{}"))
        .isEqualTo(invalidArguments("States.Format"));
    assertThat(fail("States.Format('{}', 1, 2)", "{}"))
        .isEqualTo(invalidArguments("States.Format"));
    assertThat(fail("States.Format($.t, 1)", "{\"t\": 5}"))
        .isEqualTo(invalidArguments("States.Format"));
  }
}
