package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.error.Failure;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

  @Test
  void registryHasAllEighteenFunctions() {
    assertThat(FunctionRegistry.names()).hasSize(18);
  }

  @Test
  void compiledExpressionKeepsItsText() {
    String text = "States.Format('Hello {}', $.name)";
    assertThat(IntrinsicExpression.compile(text).text()).isEqualTo(text);
  }

  @Test
  void literalsOfEveryKind() {
    assertThat(eval("States.Array('a', 1, -2, 1.5, -0.25, 1e3, true, false, null)", "{}"))
        .isEqualTo(json("[\"a\", 1, -2, 1.5, -0.25, 1000.0, true, false, null]"));
  }

  @Test
  void whitespaceAroundArgumentsIsIgnored() {
    assertThat(eval("States.Array(  1 ,$.a ,  'x'  )", "{\"a\": 2}"))
        .isEqualTo(json("[1, 2, \"x\"]"));
  }

  @Test
  void stringEscapes() {
    assertThat(eval("States.Array('it\\'s', '\\{\\}', 'back\\\\slash', 'a,b)')", "{}"))
        .isEqualTo(json("[\"it's\", \"{}\", \"back\\\\slash\", \"a,b)\"]"));
  }

  @Test
  void rawNewlinesInsideStringsAreKept() {
    // The conformance case test_escape_sequence sends real newline characters.
    assertThat(eval("States.StringSplit('Hello\nWorld', '\n')", "{}"))
        .isEqualTo(json("[\"Hello\", \"World\"]"));
  }

  @Test
  void pathsOfEveryRoot() {
    TestContext context =
        new TestContext(
            json("{\"a\": {\"b\": 1}, \"list\": [1, 2, 3]}"),
            json("{\"Execution\": {\"Id\": \"exec-1\"}}"),
            Map.of("var", json("{\"field\": \"v\"}")),
            new SplittableRandom(1));
    assertThat(context.eval("States.Array($.a.b, $$.Execution.Id, $var.field, $var, $)"))
        .isEqualTo(
            json(
                "[1, \"exec-1\", \"v\", {\"field\": \"v\"},"
                    + " {\"a\": {\"b\": 1}, \"list\": [1, 2, 3]}]"));
    assertThat(context.eval("States.Array($.list[1], $.list[?(@ > 1)], $['a']['b'])"))
        .isEqualTo(json("[2, [2, 3], 1]"));
  }

  @Test
  void nestedCalls() {
    assertThat(
            eval(
                "States.ArrayGetItem(States.StringSplit($.name, '-'),"
                    + " States.MathAdd(States.ArrayLength(States.StringSplit($.name, '-')), -1))",
                "{\"name\": \"a-b-c\"}"))
        .isEqualTo(json("\"c\""));
  }

  @Test
  void tenNestedCallsAreAllowedButNotEleven() {
    String ten = "States.Array(".repeat(10) + ")".repeat(10);
    assertThat(eval(ten, "{}").toString()).isEqualTo("[".repeat(10) + "]".repeat(10));
    String eleven = "States.Array(".repeat(11) + ")".repeat(11);
    assertThatThrownBy(() -> IntrinsicExpression.compile(eleven))
        .isInstanceOf(InvalidIntrinsicException.class);
  }

  @Test
  void missingPathIsARuntimeError() {
    assertThat(TestContext.fail("States.Array($.missing)", "{\"a\": 1}"))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "The JsonPath argument for the field '$.missing' could not be found in the input"
                    + " '{\"a\":1}'"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Nope(1)",
        "States.format('x')",
        "Format('x')",
        "States.Array(",
        "States.Array(1,)",
        "States.Array(1 2)",
        "States.Array(1) extra",
        "States.Array('unterminated)",
        "States.Format('He said \\\"hi\\\"')",
        "States.Array('\\n')",
        "States.Array(01)",
        "States.Array(1.)",
        "States.Array(True)",
        "States.Array(foo)",
        "States.Array($.a[)",
        "States.Array(#)",
        "States.ArrayLength()",
        "States.ArrayLength($.a, $.b)",
        "States.ArrayPartition($.a)",
        "States.ArrayPartition($.a, 2, 999)",
        "States.ArrayRange(1, 2)",
        "States.MathRandom(1)",
        "States.MathRandom(1, 10, 5, 99)",
        "States.JsonMerge($.a, $.b)",
        "States.UUID(1)",
        "States.Format()",
        "States.Hash('x')",
        ""
      })
  void invalidCallsAreRejectedAtCompileTime(String text) {
    assertThatThrownBy(() -> IntrinsicExpression.compile(text))
        .isInstanceOf(InvalidIntrinsicException.class);
  }

  @Test
  void compiledExpressionIsReusableAcrossContexts() {
    IntrinsicExpression expression = IntrinsicExpression.compile("States.Array($.x, 'k')");
    assertThat(expression.evaluate(TestContext.withInput("{\"x\": 1}")))
        .isEqualTo(json("[1, \"k\"]"));
    assertThat(expression.evaluate(TestContext.withInput("{\"x\": 2}")))
        .isEqualTo(json("[2, \"k\"]"));
  }
}
