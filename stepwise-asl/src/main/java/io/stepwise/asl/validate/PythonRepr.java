package io.stepwise.asl.validate;

/**
 * Python's {@code repr} of a string. Some of AWS's definition errors quote values this way (the Map
 * Label messages), so the API layer needs it to word them as AWS does.
 */
public final class PythonRepr {

  private PythonRepr() {}

  /** {@code 'text'}, or {@code "text"} when the text has a single quote and no double quote. */
  public static String of(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints()
        .forEach(c -> {
          switch (c) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
              if (c == quote) {
                out.append('\\').append((char) c);
              } else if (printable(c)) {
                out.appendCodePoint(c);
              } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
              } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.append(String.format("\\U%08x", c));
              }
            }
          }
        });
    return out.append(quote).toString();
  }

  /**
   * Python's str.isprintable for one character: not a control, separator (but space) or unassigned.
   */
  private static boolean printable(int c) {
    if (c == ' ') {
      return true;
    }
    int type = Character.getType(c);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.SPACE_SEPARATOR
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}
