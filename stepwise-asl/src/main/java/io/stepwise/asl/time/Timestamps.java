package io.stepwise.asl.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * ASL timestamps: the strings that {@code Wait}'s {@code Timestamp}, the {@code Timestamp*} choice
 * operators and {@code IsTimestamp} accept, and the form AWS writes times in the context object.
 *
 * <p>The accepted form is RFC 3339's {@code date-time} as AWS reads it: {@code
 * yyyy-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, then {@code Z} or an offset
 * {@code ±HH:MM}. The {@code T} and {@code Z} must be upper case; a space instead of {@code T}, a
 * missing time zone, or a date or time that does not exist (month 13, February 30, hour 25) is
 * rejected, as AWS rejects them. The parser is written by hand rather than left to {@link
 * java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which is case-insensitive and lets the
 * seconds be left out.
 */
public final class Timestamps {

  private static final int MAX_FRACTION_DIGITS = 9;

  private Timestamps() {}

  /** Whether {@code text} is a timestamp AWS accepts. */
  public static boolean isValid(String text) {
    return parse(text) != null;
  }

  /**
   * Parses an ASL timestamp.
   *
   * @return the instant it denotes, or {@code null} if the text is not a valid ASL timestamp
   */
  public static Instant parse(String text) {
    if (text == null || text.length() < 20) {
      return null;
    }
    // yyyy-MM-ddTHH:mm:ss is fixed-width: 19 characters.
    if (text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int position = 19;
    int nanos = 0;
    if (text.charAt(position) == '.') {
      int start = ++position;
      while (position < text.length() && isDigit(text.charAt(position))) {
        position++;
      }
      int count = position - start;
      if (count == 0 || count > MAX_FRACTION_DIGITS) {
        return null;
      }
      nanos = digits(text, start, count);
      for (int i = count; i < MAX_FRACTION_DIGITS; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, position);
    if (offset == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return date.atTime(hour, minute, second, nanos).toInstant(offset);
    } catch (DateTimeException e) {
      return null; // a date that does not exist, such as 2016-02-30 or month 13
    }
  }

  /**
   * Formats an instant as AWS writes times in the context object ({@code $$.Execution.StartTime},
   * {@code $$.State.EnteredTime}): UTC, always three fraction digits, for example {@code
   * 2024-01-01T00:00:00.123Z}.
   */
  public static String format(Instant instant) {
    StringBuilder out = new StringBuilder(24);
    var time = instant.atOffset(ZoneOffset.UTC);
    pad(out, time.getYear(), 4).append('-');
    pad(out, time.getMonthValue(), 2).append('-');
    pad(out, time.getDayOfMonth(), 2).append('T');
    pad(out, time.getHour(), 2).append(':');
    pad(out, time.getMinute(), 2).append(':');
    pad(out, time.getSecond(), 2).append('.');
    pad(out, time.getNano() / 1_000_000, 3).append('Z');
    return out.toString();
  }

  /** {@code Z}, or {@code +HH:MM} / {@code -HH:MM} ending the text exactly at {@code position}. */
  private static ZoneOffset offset(String text, int position) {
    int remaining = text.length() - position;
    if (remaining == 1 && text.charAt(position) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (remaining != 6 || text.charAt(position + 3) != ':') {
      return null;
    }
    char sign = text.charAt(position);
    int hours = digits(text, position + 1, 2);
    int minutes = digits(text, position + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null; // beyond the ±18:00 that java.time can represent
    }
  }

  /** The value of {@code count} ASCII digits at {@code start}, or -1 if any is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
