package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** {@code States.MathRandom} and {@code States.MathAdd}. */
final class MathFunctions {

  private MathFunctions() {}

  static List<FunctionSpec> specs() {
    return List.of(
        new FunctionSpec("States.MathRandom", 2, 3, MathFunctions::random),
        FunctionSpec.exactly("States.MathAdd", 2, MathFunctions::add));
  }

  /**
   * An integer from {@code start} (inclusive) to {@code end} (exclusive); fractional bounds are
   * truncated, as AWS does, and {@code end} must then exceed {@code start}. With a seed the result
   * depends on the seed alone; without one it comes from the execution's generator, so a replay
   * repeats it.
   */
  private static JsonNode random(CallArguments args, EvaluationContext context) {
    long start = args.truncatedInteger(0);
    long end = args.truncatedInteger(1);
    RandomGenerator generator =
        args.size() == 3 ? new SplittableRandom(args.truncatedInteger(2)) : context.random();
    if (start >= end) {
      throw args.invalid();
    }
    return JsonValues.integer(generator.nextLong(start, end));
  }

  /**
   * The sum of two numbers, each first rounded to the nearest integer with halves going up (AWS
   * gives 3 for {@code 2.5 + 0} and -2 for {@code -2.5 + 0}).
   */
  private static JsonNode add(CallArguments args, EvaluationContext context) {
    long first = args.roundedInteger(0);
    long second = args.roundedInteger(1);
    try {
      return JsonValues.integer(Math.addExact(first, second));
    } catch (ArithmeticException e) {
      throw args.invalid();
    }
  }
}
