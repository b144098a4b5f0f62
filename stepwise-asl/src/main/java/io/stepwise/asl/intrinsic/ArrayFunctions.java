package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The array intrinsics: building, partitioning, searching, ranges, items, length, uniqueness. */
final class ArrayFunctions {

  /** AWS refuses to build a range of more than 1000 elements. */
  static final int MAX_RANGE_ELEMENTS = 1000;

  private ArrayFunctions() {}

  static List<FunctionSpec> specs() {
    return List.of(
        new FunctionSpec("States.Array", 0, FunctionSpec.UNBOUNDED, ArrayFunctions::array),
        FunctionSpec.exactly("States.ArrayPartition", 2, ArrayFunctions::partition),
        FunctionSpec.exactly("States.ArrayContains", 2, ArrayFunctions::contains),
        FunctionSpec.exactly("States.ArrayRange", 3, ArrayFunctions::range),
        FunctionSpec.exactly("States.ArrayGetItem", 2, ArrayFunctions::getItem),
        FunctionSpec.exactly("States.ArrayLength", 1, ArrayFunctions::length),
        FunctionSpec.exactly("States.ArrayUnique", 1, ArrayFunctions::unique));
  }

  private static JsonNode array(CallArguments args, EvaluationContext context) {
    ArrayNode result = Json.NODES.arrayNode(args.size());
    args.values().forEach(result::add);
    return result;
  }

  /** Chunks of the given size; the last may be shorter. The size must be at least 1. */
  private static JsonNode partition(CallArguments args, EvaluationContext context) {
    ArrayNode input = args.array(0);
    long size = args.truncatedInteger(1);
    if (size < 1) {
      throw args.invalid();
    }
    ArrayNode chunks = Json.NODES.arrayNode();
    ArrayNode chunk = null;
    for (int i = 0; i < input.size(); i++) {
      if (i % size == 0) {
        chunk = chunks.addArray();
      }
      chunk.add(input.get(i));
    }
    return chunks;
  }

  private static JsonNode contains(CallArguments args, EvaluationContext context) {
    ArrayNode input = args.array(0);
    JsonNode wanted = JsonValues.canonical(args.value(1));
    for (JsonNode element : input) {
      if (JsonValues.canonical(element).equals(wanted)) {
        return Json.NODES.booleanNode(true);
      }
    }
    return Json.NODES.booleanNode(false);
  }

  /**
   * {@code start}, {@code start + step}, ... up to and including {@code end} when reached. The step
   * must not be 0; a step pointing away from {@code end} gives an empty array.
   */
  private static JsonNode range(CallArguments args, EvaluationContext context) {
    long start = args.truncatedInteger(0);
    long end = args.truncatedInteger(1);
    long step = args.truncatedInteger(2);
    if (step == 0) {
      throw args.invalid();
    }
    ArrayNode result = Json.NODES.arrayNode();
    if ((step > 0 && start > end) || (step < 0 && start < end)) {
      return result;
    }
    // Counted in doubles so that extreme bounds cannot overflow; only the limit check needs it.
    double count = Math.floor(((double) end - (double) start) / step) + 1;
    if (count > MAX_RANGE_ELEMENTS) {
      throw args.invalid();
    }
    for (long value = start, i = 0; i < (long) count; i++, value += step) {
      result.add(JsonValues.integer(value));
    }
    return result;
  }

  private static JsonNode getItem(CallArguments args, EvaluationContext context) {
    ArrayNode input = args.array(0);
    long index = args.truncatedInteger(1);
    if (index < 0 || index >= input.size()) {
      throw args.invalid();
    }
    return input.get((int) index);
  }

  private static JsonNode length(CallArguments args, EvaluationContext context) {
    return Json.NODES.numberNode(args.array(0).size());
  }

  /** Removes repeated values, keeping each value's first occurrence in order. */
  private static JsonNode unique(CallArguments args, EvaluationContext context) {
    ArrayNode input = args.array(0);
    Set<JsonNode> seen = new HashSet<>();
    ArrayNode result = Json.NODES.arrayNode();
    for (JsonNode element : input) {
      if (seen.add(JsonValues.canonical(element))) {
        result.add(element);
      }
    }
    return result;
  }
}
