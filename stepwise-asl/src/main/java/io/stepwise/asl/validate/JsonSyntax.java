package io.stepwise.asl.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stepwise.asl.json.Json;

/**
 * Reads a definition's text the way AWS does (AWS parses with Jackson too), so that syntax errors
 * carry Jackson's own message and its {@code [Source: (String)"..."; line: L, column: C]} text.
 */
final class JsonSyntax {

  /**
   * A mapper of its own: the shared one leaves the source text out of locations, which is right for
   * payloads (they may hold secrets) but not for definitions, where AWS quotes the source.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(Json.MAX_NESTING_DEPTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonSyntax() {}

  /** Parses the text; returns {@code null} after reporting the problem when it is not JSON. */
  static JsonNode parse(String text, ValidationContext context) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? null : e.getLocation().toString();
      String message =
          where == null ? e.getOriginalMessage() : e.getOriginalMessage() + "\n at " + where;
      // The location is Jackson's own text, not a pointer: that is what AWS reports here.
      context.error(
          DiagnosticCodes.INVALID_JSON_DESCRIPTION,
          message,
          where == null ? null : new Location(where));
      return null;
    }
  }
}
