package io.stepwise.asl.jsonata;

import static io.stepwise.asl.jsonata.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StepFunctionsFunctionsTest {

  private static final TestContext CONTEXT = TestContext.of("{\"text\":\"hello\"}");

  private static JsonNode eval(String expression) {
    return eval(expression, CONTEXT);
  }

  private static JsonNode eval(String expression, TestContext context) {
    return JsonataExpression.compile(expression).evaluate(context);
  }

  private static String causeOf(String expression) {
    try {
      eval(expression);
    } catch (FailureException e) {
      assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
      return e.failure().cause();
    }
    throw new AssertionError("expected a failure for " + expression);
  }

  @Test
  void partitionSplitsIntoChunksWithAShorterLastOne() {
    assertThat(eval("$partition([1,2,3,4,5,6,7,8,9], 3)"))
        .isEqualTo(json("[[1,2,3],[4,5,6],[7,8,9]]"));
    assertThat(eval("$partition([0,1,2,3], 3)")).isEqualTo(json("[[0,1,2],[3]]"));
    assertThat(eval("$partition([0], 2)")).isEqualTo(json("[[0]]"));
    assertThat(eval("$partition([], 2)")).isEqualTo(json("[]"));
  }

  @Test
  void partitionRejectsBadArguments() {
    assertThat(causeOf("$partition('abc', 2)")).contains("Argument 1 of function \"partition\"");
    assertThat(causeOf("$partition([1], 0)")).contains("Argument 2 of function \"partition\"");
    assertThat(causeOf("$partition([1], 1.5)")).contains("must be a positive integer");
  }

  @Test
  void rangeIncludesTheEndAndBehavesAsASequence() {
    assertThat(eval("$range(0, 10, 2)")).isEqualTo(json("[0,2,4,6,8,10]"));
    assertThat(eval("$range(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(eval("$range(10, 0, -5)")).isEqualTo(json("[10,5,0]"));
    // AWS collapses a one-element range to its element, like any JSONata sequence.
    assertThat(eval("$range(1, 9, 9)")).isEqualTo(json("1"));
    assertThat(eval("$range(5, 1, 1)")).isNull();
  }

  @Test
  void rangeRejectsAZeroStepAndHugeRanges() {
    assertThat(causeOf("$range(0, 10, 0)")).contains("Argument 3 of function \"range\"");
    assertThat(causeOf("$range(0, 1e9, 1)")).contains("more than 1000000 elements");
  }

  @Test
  void hashSupportsTheFiveAlgorithms() {
    assertThat(eval("$hash($states.input.text, 'MD5')").textValue())
        .isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(eval("$hash('hello', 'SHA-1')").textValue())
        .isEqualTo("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d");
    assertThat(eval("$hash('hello', 'SHA-256')").textValue())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(eval("$hash('hello', 'SHA-384')").textValue()).hasSize(96).startsWith("59e17487");
    assertThat(eval("$hash('hello', 'SHA-512')").textValue()).hasSize(128).startsWith("9b71d224");
  }

  @Test
  void hashRejectsUnknownAlgorithmsAndNonStrings() {
    assertThat(causeOf("$hash('hello', 'SHA-999')")).contains("'SHA-999' is not supported");
    assertThat(causeOf("$hash(42, 'MD5')")).contains("Argument 1 of function \"hash\"");
  }

  @Test
  void randomWithASeedRepeats() {
    JsonNode first = eval("$random(7)");
    assertThat(eval("$random(7)")).isEqualTo(first);
    assertThat(first.doubleValue()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    assertThat(eval("$random(8)")).isNotEqualTo(first);
  }

  @Test
  void randomWithoutASeedDrawsFromTheContextGenerator() {
    JsonNode a = eval("$random()", CONTEXT.withRandom(new SplittableRandom(5)));
    JsonNode b = eval("$random()", CONTEXT.withRandom(new SplittableRandom(5)));
    assertThat(a).isEqualTo(b);
    assertThat(a.doubleValue()).isEqualTo(new SplittableRandom(5).nextDouble());
  }

  @Test
  void uuidIsVersion4AndReplayable() {
    String a = eval("$uuid()", CONTEXT.withRandom(new SplittableRandom(9))).textValue();
    String b = eval("$uuid()", CONTEXT.withRandom(new SplittableRandom(9))).textValue();
    assertThat(a)
        .isEqualTo(b)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(eval("$uuid() = $uuid()")).isEqualTo(json("false"));
  }

  @Test
  void parseReadsJsonText() {
    assertThat(eval("$parse('1')")).isEqualTo(json("1"));
    assertThat(eval("$parse('1.1')")).isEqualTo(json("1.1"));
    assertThat(eval("$parse('\"HelloWorld\"')")).isEqualTo(json("\"HelloWorld\""));
    assertThat(eval("$parse('{\"Arg1\": 1, \"Arg2\": [null]}')"))
        .isEqualTo(json("{\"Arg1\":1,\"Arg2\":[null]}"));
    assertThat(eval("$parse('null')").isNull()).isTrue();
  }

  @Test
  void parseRejectsInvalidJson() {
    assertThat(causeOf("$parse('{oops')")).contains("not valid JSON");
    assertThat(causeOf("$parse(5)")).contains("Argument 1 of function \"parse\"");
  }

  @Test
  void functionsAreReachableInsideLambdasAndBlocks() {
    assertThat(eval("$map([1,2], function($v){$hash($string($v), 'MD5')})").size()).isEqualTo(2);
    assertThatThrownBy(() -> eval("($x := $range(1,3,1); $eval('$x'))"))
        .isInstanceOf(FailureException.class);
  }
}
