package io.stepwise.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code States.Format} template cut at its {@code {}} placeholders.
 *
 * @param texts the literal text around the placeholders; there is one more text than placeholders
 */
record FormatTemplate(List<String> texts) {

  FormatTemplate {
    texts = List.copyOf(texts);
  }

  int placeholders() {
    return texts.size() - 1;
  }

  /**
   * Parses a template.
   *
   * @param template the template text
   * @param escaped whether the text is a string literal as written, where {@code \{}, {@code \}},
   *     {@code \'} and {@code \\} stand for the character itself and so never form a placeholder; a
   *     template read from a path has no escapes
   */
  static FormatTemplate parse(String template, boolean escaped) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (escaped && c == '\\' && i + 1 < template.length()) {
        current.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        texts.add(current.toString());
        current.setLength(0);
        i++;
      } else {
        current.append(c);
      }
    }
    texts.add(current.toString());
    return new FormatTemplate(texts);
  }
}
