package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.lang.ref.WeakReference;

/**
 * Payloads as the JSON text history records them, written once where one payload is recorded twice
 * in a row: a state's output is the next state's input (and the execution's output), and writing
 * payloads as text is most of what recording history costs. Payloads are never changed once built
 * (see {@link DataFlowEvaluator#resultPath}), so the same object always has the same text. One
 * entry per thread, since an execution is applied on one thread at a time; it holds the payload
 * weakly, so it keeps nothing alive.
 */
final class PayloadTexts {
  private record Last(WeakReference<JsonNode> payload, String text) {}

  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  private PayloadTexts() {}

  /** The payload's compact JSON text; {@code "null"} for none. */
  static String of(JsonNode payload) {
    if (payload == null) {
      return "null";
    }
    Last last = LAST.get();
    if (last != null && last.payload().get() == payload) {
      return last.text();
    }
    String text = Json.write(payload);
    LAST.set(new Last(new WeakReference<>(payload), text));
    return text;
  }
}
