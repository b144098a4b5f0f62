package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.assertj.core.api.Assertions;

/** A fixed evaluation context for tests, with helpers that compile and run one expression. */
record TestContext(
    JsonNode input, JsonNode contextObject, Map<String, JsonNode> variables, RandomGenerator random)
    implements EvaluationContext {

  static TestContext withInput(String inputJson) {
    return new TestContext(json(inputJson), json("{}"), Map.of(), new SplittableRandom(42));
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode eval(String expression) {
    return IntrinsicExpression.compile(expression).evaluate(this);
  }

  /** Evaluates an expression that must fail, and returns its failure. */
  Failure fail(String expression) {
    IntrinsicExpression compiled = IntrinsicExpression.compile(expression);
    return Assertions.catchThrowableOfType(FailureException.class, () -> compiled.evaluate(this))
        .failure();
  }

  static JsonNode eval(String expression, String inputJson) {
    return withInput(inputJson).eval(expression);
  }

  static Failure fail(String expression, String inputJson) {
    return withInput(inputJson).fail(expression);
  }

  static Failure invalidArguments(String function) {
    return new Failure("States.Runtime", "Invalid arguments in " + function);
  }
}
