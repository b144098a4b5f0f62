package io.stepwise.server.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes times, durations and JSON; called from the templates. */
public final class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Formats() {}

  /** A moment in UTC to the millisecond, or an em dash for none. */
  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  /** An instant as HTML's {@code datetime} attribute wants it. */
  public static String isoTime(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** How long from one moment to another (or to now, for something still running). */
  public static String duration(Instant from, Instant to) {
    if (from == null) {
      return "—";
    }
    Duration elapsed = Duration.between(from, to == null ? Instant.now() : to);
    long millis = elapsed.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format("%.2f s", millis / 1000.0);
    }
    long seconds = elapsed.toSeconds();
    if (seconds < 3_600) {
      return "%d min %d s".formatted(seconds / 60, seconds % 60);
    }
    return "%d h %d min".formatted(seconds / 3_600, (seconds % 3_600) / 60);
  }

  /** JSON text indented for reading; text that is not JSON is shown as it is. */
  public static String prettyJson(String json) {
    if (json == null) {
      return "";
    }
    try {
      return PRETTY.writeValueAsString(PRETTY.readTree(json));
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  /** A JSON value indented for reading. */
  public static String prettyJson(JsonNode json) {
    try {
      return json == null ? "" : PRETTY.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What follows an ARN's resource type: {@code Orders} of a state machine's, {@code Orders:1} of a
   * version's, {@code Orders:run-1} of an execution's.
   */
  public static String arnName(String arn) {
    if (arn == null) {
      return "";
    }
    String[] parts = arn.split(":", 7);
    return parts.length == 7 ? parts[6] : arn;
  }
}
