package io.stepwise.asl.jsonata;

import static io.stepwise.asl.jsonata.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {

  private static final TestContext CONTEXT =
      TestContext.of("{\"n\":3,\"x\":1.5,\"s\":\"hi\",\"nil\":null,\"list\":[1,2,3]}");

  private static JsonNode eval(String expression, TestContext context) {
    return JsonataExpression.compile(expression).evaluate(context);
  }

  private static JsonNode eval(String expression) {
    return eval(expression, CONTEXT);
  }

  private static FailureException failure(String expression) {
    try {
      eval(expression);
    } catch (FailureException e) {
      return e;
    }
    throw new AssertionError("expected a failure for " + expression);
  }

  @Test
  void bindsStatesInputAndContext() {
    assertThat(eval("$states.input.s")).isEqualTo(json("\"hi\""));
    assertThat(eval("$states.context.Execution.Name")).isEqualTo(json("\"run-1\""));
  }

  @Test
  void bindsResultAndErrorOutputOnlyWhenPresent() {
    assertThat(eval("$exists($states.result)")).isEqualTo(json("false"));
    assertThat(eval("$exists($states.errorOutput)")).isEqualTo(json("false"));
    TestContext context = CONTEXT.withResult("{\"v\":7}").withErrorOutput("{\"Error\":\"Boom\"}");
    assertThat(eval("$states.result.v", context)).isEqualTo(json("7"));
    assertThat(eval("$states.errorOutput.Error", context)).isEqualTo(json("\"Boom\""));
  }

  @Test
  void bindsVariablesInScopeByName() {
    TestContext context =
        CONTEXT.withVariables(Map.of("count", json("2"), "user", json("{\"name\":\"Ana\"}")));
    assertThat(eval("$count + $states.input.n", context)).isEqualTo(json("5"));
    assertThat(eval("$user.name", context)).isEqualTo(json("\"Ana\""));
    assertThat(eval("$missing", context)).isNull();
  }

  @Test
  void variablesCannotShadowStates() {
    TestContext context = CONTEXT.withVariables(Map.of("states", json("\"shadow\"")));
    assertThat(eval("$states.input.n", context)).isEqualTo(json("3"));
  }

  @Test
  void keepsIntegersIntegral() {
    assertThat(eval("$states.input.n").isIntegralNumber()).isTrue();
    assertThat(eval("$states.input.n * 2").toString()).isEqualTo("6");
    assertThat(eval("6 / 2").toString()).isEqualTo("3");
    assertThat(eval("3.0").toString()).isEqualTo("3");
    assertThat(eval("$states.input.x").toString()).isEqualTo("1.5");
    assertThat(eval("1 / 4").toString()).isEqualTo("0.25");
    assertThat(eval("$sum($states.input.list)").toString()).isEqualTo("6");
    assertThat(eval("5000000000 + 1").toString()).isEqualTo("5000000001");
  }

  @Test
  void convertsStructuresBothWays() {
    assertThat(eval("$states.input")).isEqualTo(CONTEXT.input());
    assertThat(eval("{'a': [1, 'two', true, null], 'b': {'c': false}}"))
        .isEqualTo(json("{\"a\":[1,\"two\",true,null],\"b\":{\"c\":false}}"));
  }

  @Test
  void tellsNullFromUndefined() {
    assertThat(eval("null").isNull()).isTrue();
    assertThat(eval("$states.input.nil").isNull()).isTrue();
    assertThat(eval("$states.input.absent")).isNull();
    assertThat(eval("$type($states.input.nil)")).isEqualTo(json("\"null\""));
  }

  @Test
  void singletonSequencesCollapseAsInJsonata() {
    assertThat(eval("$states.input.list[0]")).isEqualTo(json("1"));
    assertThat(eval("[$states.input.list[0]]")).isEqualTo(json("[1]"));
  }

  @Test
  void rejectsSyntaxErrorsAtCompileTime() {
    assertThatThrownBy(() -> JsonataExpression.compile("1 +"))
        .isInstanceOf(InvalidJsonataException.class)
        .hasMessageContaining("1 +")
        .hasMessageContaining("S0207");
    assertThatThrownBy(() -> JsonataExpression.compile("{% %}"))
        .isInstanceOf(InvalidJsonataException.class);
  }

  @Test
  void acceptsTextWithOrWithoutDelimiters() {
    assertThat(JsonataExpression.compile("{% $states.input.n %}").text())
        .isEqualTo("$states.input.n");
    assertThat(JsonataExpression.compile(" 1 + 1 ").text()).isEqualTo("1 + 1");
  }

  @Test
  void evaluationErrorsAreQueryEvaluationErrorsWithJsonataCodes() {
    FailureException e = failure("1 + 'a'");
    assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.failure().cause())
        .isEqualTo(
            "The JSONata expression '1 + 'a'' threw an error during evaluation. "
                + "T2002: The right side of the \"+\" operator must evaluate to a number");
  }

  @Test
  void restoresTheWordFunctionInLibraryMessages() {
    assertThat(failure("$abs('x')").failure().cause())
        .contains("T0410: Argument 1 of function \"abs\" does not match function signature");
  }

  @Test
  void evalIsNotAvailable() {
    assertThat(failure("$eval('1 + 1')").failure().cause())
        .contains("T1006: Attempted to invoke a non-function");
  }

  @Test
  void functionResultIsUnsupported() {
    assertThat(failure("function($x){$x}").failure().cause())
        .isEqualTo(
            "The JSONata expression 'function($x){$x}' returned an unsupported result type.");
  }

  @Test
  void infiniteTailRecursionStopsOnTheClock() {
    JsonataExpression expression =
        JsonataExpression.compile(
            "($f := function($x){$f($x)}; $f(1))",
            new JsonataBudget(java.time.Duration.ofMillis(300), 100));
    long start = System.nanoTime();
    assertThatThrownBy(() -> expression.evaluate(CONTEXT))
        .isInstanceOfSatisfying(
            FailureException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
              assertThat(e.failure().cause()).contains("Expression evaluation timeout");
            });
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
  }

  @Test
  void infiniteRecursionStopsWithTheDefaultBudget() {
    // Not a tail call: the depth grows, so the depth bound ends it long before the clock.
    FailureException e = failure("($f := function($x){1 + $f($x)}; $f(1))");
    assertThat(e.failure().error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.failure().cause()).contains("U1001: Stack overflow error");
  }

  @Test
  void boundedRecursionWithinTheBudgetSucceeds() {
    assertThat(eval("($f := function($n){$n <= 1 ? 1 : $n * $f($n - 1)}; $f(5))"))
        .isEqualTo(json("120"));
  }

  @Test
  void evaluationsAreIndependent() {
    JsonataExpression expression = JsonataExpression.compile("$states.input.n");
    assertThat(expression.evaluate(TestContext.of("{\"n\":1}"))).isEqualTo(json("1"));
    assertThat(expression.evaluate(TestContext.of("{\"n\":2}"))).isEqualTo(json("2"));
  }

  @Test
  void evaluationsDoNotLeakIntoEachOther() {
    // The expression compiled last on a thread is the one the library is most tempted to reuse.
    JsonataExpression expression = JsonataExpression.compile("$x");
    TestContext withX = CONTEXT.withVariables(java.util.Map.of("x", json("1")));

    assertThat(expression.evaluate(withX)).isEqualTo(json("1"));
    assertThat(expression.evaluate(CONTEXT)).as("x is not assigned any more").isNull();
  }

  @Test
  void repeatedEvaluationsDoNotPileUp() {
    JsonataExpression expression = JsonataExpression.compile("$states.input.n + 1");
    for (int i = 0; i < 20_000; i++) {
      assertThat(expression.evaluate(CONTEXT)).isEqualTo(json("4"));
    }
  }
}
