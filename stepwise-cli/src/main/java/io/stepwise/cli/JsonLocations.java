package io.stepwise.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's {@code [Source: ...; line: L, column: C]} locations, which quote the source
 * text (newlines and all) or say it was redacted, as {@code line L, column C}, so that a message
 * fits on one line of a terminal.
 */
final class JsonLocations {

  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]", Pattern.DOTALL);

  private static final Pattern TRAILING_AT = Pattern.compile("\\s+at line \\d+, column \\d+$");

  private JsonLocations() {}

  /** The text with every Jackson location made short, and its line breaks made spaces. */
  static String readable(String text) {
    if (text == null) {
      return "";
    }
    Matcher matcher = JACKSON_LOCATION.matcher(text);
    String shortened = matcher.replaceAll("line $1, column $2");
    return shortened.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /**
   * A message without the location Jackson appends to it ({@code "... at line L, column C"}), for
   * when the location is printed beside it already.
   */
  static String withoutTrailingLocation(String readableText) {
    return TRAILING_AT.matcher(readableText).replaceFirst("");
  }
}
