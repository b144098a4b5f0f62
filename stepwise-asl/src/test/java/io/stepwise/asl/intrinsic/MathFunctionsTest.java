package io.stepwise.asl.intrinsic;

import static io.stepwise.asl.intrinsic.TestContext.eval;
import static io.stepwise.asl.intrinsic.TestContext.fail;
import static io.stepwise.asl.intrinsic.TestContext.invalidArguments;
import static io.stepwise.asl.intrinsic.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathFunctionsTest {

  /** Pairs and sums recorded from AWS: each operand is rounded, halves going up. */
  @ParameterizedTest
  @CsvSource({
    "1.49, 1.5, 3",
    "1.5, 1.51, 4",
    "-1.51, 0, -2",
    "1.5, 0, 2",
    "2.5, 0, 3",
    "-0.5, 0.5, 1",
    "-1.5, 0, -1",
    "-2.5, 0, -2",
    "-3.5, 0, -3",
    "-1.5, -1.51, -3",
    "1.49, -1.49, 0",
    "-1.49, 0, -1",
    "111, -1, 110",
    "2147483647, 1, 2147483648"
  })
  void addRoundsEachOperand(String first, String second, String sum) {
    assertThat(eval("States.MathAdd($.a, $.b)", "{\"a\": " + first + ", \"b\": " + second + "}"))
        .isEqualTo(json(sum));
  }

  @Test
  void addGivesAnIntegerNode() {
    assertThat(eval("States.MathAdd(1, 2)", "{}").isInt()).isTrue();
  }

  @Test
  void addRejectsNonNumbers() {
    assertThat(fail("States.MathAdd('1', 2)", "{}")).isEqualTo(invalidArguments("States.MathAdd"));
    assertThat(fail("States.MathAdd(1, null)", "{}")).isEqualTo(invalidArguments("States.MathAdd"));
  }

  @Test
  void randomStaysWithinStartInclusiveEndExclusive() {
    for (int i = 0; i < 200; i++) {
      int value = eval("States.MathRandom(-99999, -9999)", "{}").intValue();
      assertThat(value).isBetween(-99999, -10000);
    }
    TestContext context = TestContext.withInput("{}");
    for (int i = 0; i < 200; i++) {
      assertThat(context.eval("States.MathRandom(1.6, 5.4)").intValue()).isBetween(1, 4);
      assertThat(context.eval("States.MathRandom(0, 2)").intValue()).isBetween(0, 1);
    }
  }

  @Test
  void seededRandomDependsOnlyOnTheSeed() {
    JsonNode first = contextSeeded(1).eval("States.MathRandom(0, 999, 3)");
    JsonNode second = contextSeeded(2).eval("States.MathRandom(0, 999, 3)");
    assertThat(first).isEqualTo(second);
    assertThat(first.intValue()).isBetween(0, 998);
  }

  @Test
  void unseededRandomComesFromTheContextGenerator() {
    JsonNode first = contextSeeded(7).eval("States.MathRandom(0, 1000000)");
    JsonNode again = contextSeeded(7).eval("States.MathRandom(0, 1000000)");
    assertThat(first).isEqualTo(again);
  }

  @Test
  void randomRejectsEmptyRangesAndNonNumbers() {
    for (String call :
        new String[] {
          "States.MathRandom(1, 1)",
          "States.MathRandom(10, 5)",
          "States.MathRandom(1.4, 1.6)",
          "States.MathRandom('a', 10)",
          "States.MathRandom(1, 'b')",
          "States.MathRandom(1, 10, 'seed')",
          "States.MathRandom(1, 10, null)"
        }) {
      assertThat(fail(call, "{}")).as(call).isEqualTo(invalidArguments("States.MathRandom"));
    }
  }

  private static TestContext contextSeeded(long seed) {
    return new TestContext(json("{}"), json("{}"), Map.of(), new SplittableRandom(seed));
  }
}
