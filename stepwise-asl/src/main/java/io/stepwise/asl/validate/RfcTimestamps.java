package io.stepwise.asl.validate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The RFC 3339 profile ASL requires of timestamps: an uppercase T, and Z or a numeric offset.
 * A small private check until {@code io.stepwise.asl.time.Timestamps} lands.
 */
final class RfcTimestamps {

  private static final Pattern SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private RfcTimestamps() {}

  static boolean valid(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return false;
    }
    try {
      // The strict ISO parser rejects month 13, hour 25 and the like.
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
