package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON type names as AWS uses them in error messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String name(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "array";
    }
    return "object";
  }
}
