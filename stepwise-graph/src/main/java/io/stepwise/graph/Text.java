package io.stepwise.graph;

/** Text helpers shared by the writers: shortening and escaping. */
final class Text {
  private Text() {}

  /** The text cut to at most {@code max} characters, ending with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(c -> {
          switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> {
              if (c == 0x9
                  || c == 0xA
                  || c == 0xD
                  || (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF)) {
                out.appendCodePoint(c);
              }
            }
          }
        });
    return out.toString();
  }
}
