package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * The size of a JSON value's compact UTF-8 text, counted without writing it, and given up as soon
 * as it passes a limit. Iterative, so that deep values cannot overflow the stack.
 */
final class JsonSize {
  private JsonSize() {}

  static boolean exceeds(JsonNode root, long limit) {
    long size = 0;
    ArrayDeque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        size += 2 + Math.max(0, node.size() - 1); // braces and commas
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          size += text(field.getKey()) + 1; // the key and its colon
          pending.push(field.getValue());
        }
      } else if (node.isArray()) {
        size += 2 + Math.max(0, node.size() - 1);
        for (JsonNode item : node) {
          pending.push(item);
        }
      } else if (node.isTextual()) {
        size += text(node.textValue());
      } else if (node.isIntegralNumber() && node.canConvertToLong()) {
        size += digits(node.longValue()); // counted, not formatted: most numbers are these
      } else if (node.isBoolean()) {
        size += node.booleanValue() ? 4 : 5;
      } else if (node.isNull()) {
        size += 4;
      } else {
        size += node.asText().length();
      }
      if (size > limit) {
        return true;
      }
    }
    return false;
  }

  /** How many characters a long takes in JSON, its minus sign included. */
  static int digits(long value) {
    if (value == Long.MIN_VALUE) {
      return 20;
    }
    int sign = value < 0 ? 1 : 0;
    long magnitude = Math.abs(value);
    int digits = 1;
    while (magnitude >= 10) {
      magnitude /= 10;
      digits++;
    }
    return sign + digits;
  }

  /** A string's quoted, escaped UTF-8 length. */
  private static long text(String s) {
    long bytes = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        bytes += 2;
      } else if (c < 0x20) {
        bytes += 6;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // each half of a pair: four bytes for the pair
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
