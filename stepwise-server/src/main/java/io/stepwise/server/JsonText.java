package io.stepwise.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.server.protocol.AwsJson;

/**
 * Structures that the engine keeps as JSON text (logging and tracing configurations) and that the
 * API carries as JSON objects.
 */
public final class JsonText {
  private JsonText() {}

  /** The text of a structure, or {@code null} for none. */
  public static String of(JsonNode node) {
    return node == null || node.isNull() ? null : node.toString();
  }

  /** The structure a text holds, or {@code null} for none. */
  public static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return AwsJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is damaged: " + text, e);
    }
  }
}
