package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static io.stepwise.asl.intrinsic.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "' , '      | ','  | [\" \", \" \"]",
        "', , ,'    | ','  | [\" \", \" \"]",
        "',,,,'     | ','  | []",
        "1,2,3,4,5  | ','  | [\"1\", \"2\", \"3\", \"4\", \"5\"]",
        "a-b--c     | '-'  | [\"a\", \"b\", \"c\"]",
        "abc        | ''   | [\"abc\"]",
        "''         | ','  | []"
      })
  void splitDropsEmptyPieces(String text, String delimiter, String expected) {
    String input = Json.write(Json.NODES.objectNode().put("s", text).put("d", delimiter));
    assertThat(eval("States.StringSplit($.s, $.d)", input)).isEqualTo(json(expected));
  }

  @Test
  void eachCharacterOfADelimiterSplits() {
    String input =
        Json.write(Json.NODES.objectNode().put("s", "split on T and \nnew line").put("d", "T\n"));
    assertThat(eval("States.StringSplit($.s, $.d)", input))
        .isEqualTo(json("[\"split on \", \" and \", \"new line\"]"));
  }

  @Test
  void splitKeepsWhitespaceAndQuotesInPieces() {
    String text =
        "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
    String input = Json.write(Json.NODES.objectNode().put("s", text));
    assertThat(eval("States.StringSplit($.s, ',')", input))
        .isEqualTo(
            json(
                "[\"Value1\", \"Value2\", \"Value3\\nValue4\", \"Value5\", \"Value6\\n\","
                    + " \"\\ntrue\", \"1\", \"'HelloWorld'\\nNull\", \"None\", \"\\n   \\n\"]"));
  }

  @Test
  void splitRejectsNonStrings() {
    assertThat(fail("States.StringSplit(1, ',')", "{}"))
        .isEqualTo(invalidArguments("States.StringSplit"));
    assertThat(fail("States.StringSplit('a', null)", "{}"))
        .isEqualTo(invalidArguments("States.StringSplit"));
  }

  @Test
  void uuidIsVersion4AndReplaysFromTheContextGenerator() {
    TestContext first = new TestContext(json("{}"), json("{}"), Map.of(), new SplittableRandom(5));
    TestContext again = new TestContext(json("{}"), json("{}"), Map.of(), new SplittableRandom(5));
    String id = first.eval("States.UUID()").textValue();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    UUID parsed = UUID.fromString(id);
    assertThat(parsed.version()).isEqualTo(4);
    assertThat(parsed.variant()).isEqualTo(2);
    assertThat(again.eval("States.UUID()").textValue()).isEqualTo(id);
    assertThat(first.eval("States.UUID()").textValue()).isNotEqualTo(id);
  }
}
