package io.stepwise.asl.path;

/**
 * A member name written in quotes inside brackets ({@code ['name']} or {@code ["name"]}), read as
 * AWS reads it.
 *
 * <p>A backslash escapes only the quote that delimits the name and the backslash itself; before any
 * other character it stands for itself. AWS selects the key {@code Test\""Name"} with {@code
 * $['Test\""Name"']} (recorded), where Jayway alone would drop that backslash.
 *
 * @param name the member name, unescaped
 * @param end the index just after the closing quote
 */
record QuotedName(String name, int end) {

  /**
   * Reads the quoted name whose opening quote is at {@code start}.
   *
   * @throws InvalidPathException when the closing quote is missing
   */
  static QuotedName read(String text, int start) {
    char quote = text.charAt(start);
    StringBuilder name = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        return new QuotedName(name.toString(), i + 1);
      }
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == quote || next == '\\') {
          name.append(next);
          i += 2;
          continue;
        }
      }
      name.append(c);
      i++;
    }
    throw new InvalidPathException("unterminated quoted name in path: " + text);
  }

  /**
   * The name quoted so that Jayway reads it back unchanged: Jayway unescapes every backslash
   * sequence, so each backslash and single quote is escaped here.
   */
  static String forJayway(String name) {
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
