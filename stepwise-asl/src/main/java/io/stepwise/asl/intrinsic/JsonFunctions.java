package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.List;

/** {@code States.StringToJson}, {@code States.JsonToString} and {@code States.JsonMerge}. */
final class JsonFunctions {

  private JsonFunctions() {}

  static List<FunctionSpec> specs() {
    return List.of(
        FunctionSpec.exactly("States.StringToJson", 1, JsonFunctions::stringToJson),
        FunctionSpec.exactly("States.JsonToString", 1, JsonFunctions::jsonToString),
        FunctionSpec.exactly("States.JsonMerge", 3, JsonFunctions::jsonMerge));
  }

  /**
   * Parses any JSON text, not only objects. Blank text yields {@code null}: AWS answers {@code
   * null} for {@code " "}.
   */
  private static JsonNode stringToJson(CallArguments args, EvaluationContext context) {
    String text = args.string(0);
    if (text.isBlank()) {
      return Json.NODES.nullNode();
    }
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw args.invalid();
    }
  }

  /** Compact JSON text, with no spaces, as AWS writes it. */
  private static JsonNode jsonToString(CallArguments args, EvaluationContext context) {
    return Json.NODES.textNode(Json.write(args.value(0)));
  }

  /**
   * Merges two objects shallowly: the second object's members replace the first's. AWS accepts only
   * {@code false} for the deep-merge flag.
   */
  private static JsonNode jsonMerge(CallArguments args, EvaluationContext context) {
    if (!(args.value(0) instanceof ObjectNode first)
        || !(args.value(1) instanceof ObjectNode second)
        || args.bool(2)) {
      throw args.invalid();
    }
    ObjectNode merged = first.deepCopy();
    merged.setAll(second.deepCopy());
    return merged;
  }
}
