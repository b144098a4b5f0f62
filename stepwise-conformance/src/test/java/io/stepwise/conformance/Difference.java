package io.stepwise.conformance;

/**
 * Where an actual result first departs from what AWS recorded.
 *
 * @param path where, as a JSONPath-like pointer into the compared document ({@code $.output.a[0]},
 *     {@code $.events[3].type}); the corpus' placeholder paths use the same notation
 * @param expected what AWS had there, as text
 * @param actual what Stepwise had there, as text
 */
public record Difference(String path, String expected, String actual) {

  private static final int SHOWN_CHARACTERS = 400;

  /** One line for reports: {@code path: expected X, actual Y}, long values shortened. */
  public String describe() {
    return path + ": expected " + shorten(expected) + ", actual " + shorten(actual);
  }

  static String shorten(String text) {
    if (text == null) {
      return "(none)";
    }
    String oneLine = text.replace("\n", "\\n");
    return oneLine.length() <= SHOWN_CHARACTERS
        ? oneLine
        : oneLine.substring(0, SHOWN_CHARACTERS) + "... (" + oneLine.length() + " chars)";
  }
}
