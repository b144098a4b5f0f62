package io.stepwise.asl.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one Jackson configuration every module shares, so that numbers, nesting limits and
 * serialization are the same everywhere a payload is read or written.
 */
public final class Json {

  /**
   * Deep enough for any real payload, shallow enough that a hostile 10,000-level document is
   * rejected with a clear error instead of overflowing the stack.
   */
  public static final int MAX_NESTING_DEPTH = 1_000;

  public static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(64 * 1024 * 1024)
                .build());
  }

  public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  private Json() {}

  /** Parses JSON text; throws {@link JsonProcessingException} with line and column on bad input. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** Compact JSON text of a node, as AWS writes payloads into history events. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // Serializing a JsonNode tree cannot fail; this would be a bug in Jackson.
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  /** Indented JSON text, for people. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
