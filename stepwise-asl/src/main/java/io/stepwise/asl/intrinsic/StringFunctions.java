package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.List;
import java.util.random.RandomGenerator;

/** {@code States.StringSplit} and {@code States.UUID}. */
final class StringFunctions {

  private StringFunctions() {}

  static List<FunctionSpec> specs() {
    return List.of(
        FunctionSpec.exactly("States.StringSplit", 2, StringFunctions::stringSplit),
        FunctionSpec.exactly("States.UUID", 0, StringFunctions::uuid));
  }

  /**
   * Splits at every character of the delimiter (a multi-character delimiter is a set of delimiters,
   * not a sequence) and drops empty pieces, as AWS does: {@code ",,a,"} gives {@code ["a"]}.
   */
  private static JsonNode stringSplit(CallArguments args, EvaluationContext context) {
    String text = args.string(0);
    String delimiters = args.string(1);
    ArrayNode pieces = Json.NODES.arrayNode();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (delimiters.indexOf(text.charAt(i)) >= 0) {
        addPiece(pieces, text, start, i);
        start = i + 1;
      }
    }
    addPiece(pieces, text, start, text.length());
    return pieces;
  }

  private static void addPiece(ArrayNode pieces, String text, int start, int end) {
    if (end > start) {
      pieces.add(text.substring(start, end));
    }
  }

  /**
   * A version 4 UUID drawn from the context's generator, which the engine seeds from the execution,
   * so that a replayed execution produces the same identifiers.
   */
  private static JsonNode uuid(CallArguments args, EvaluationContext context) {
    RandomGenerator random = context.random();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return Json.NODES.textNode(new java.util.UUID(high, low).toString());
  }
}
