package io.stepwise.engine.interpreter;

import java.nio.charset.StandardCharsets;

/** The limit on any payload passed between states, in bytes of UTF-8 JSON text. */
final class PayloadLimits {
  private PayloadLimits() {}

  /** Whether a payload's JSON text would exceed the limit, without writing the text. */
  static boolean exceeds(com.fasterxml.jackson.databind.JsonNode payload, int maxBytes) {
    return JsonSize.exceeds(payload, maxBytes);
  }

  static boolean exceeds(String json, int maxBytes) {
    // A UTF-8 character takes at most three bytes per UTF-16 unit, so short texts need no count.
    if (json.length() * 3L <= maxBytes) {
      return false;
    }
    if (json.length() > maxBytes) {
      return true;
    }
    return json.getBytes(StandardCharsets.UTF_8).length > maxBytes;
  }
}
