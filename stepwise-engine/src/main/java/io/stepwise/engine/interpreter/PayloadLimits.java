package io.stepwise.engine.interpreter;

import java.nio.charset.StandardCharsets;

/** AWS's limit on any payload passed between states: 256 KiB of UTF-8 text. */
final class PayloadLimits {
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  private PayloadLimits() {}

  /** Whether a payload's JSON text would exceed the limit, without writing the text. */
  static boolean exceeds(com.fasterxml.jackson.databind.JsonNode payload) {
    return JsonSize.exceeds(payload, MAX_PAYLOAD_BYTES);
  }

  static boolean exceeds(String json) {
    // A UTF-8 character takes at most three bytes per UTF-16 unit, so short texts need no count.
    if (json.length() * 3L <= MAX_PAYLOAD_BYTES) {
      return false;
    }
    if (json.length() > MAX_PAYLOAD_BYTES) {
      return true;
    }
    return json.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES;
  }
}
