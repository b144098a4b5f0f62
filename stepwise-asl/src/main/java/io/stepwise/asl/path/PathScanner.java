package io.stepwise.asl.path;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the part of a path after its root once, for both evaluators: it collects the member/index
 * chain when the path is no more than that, and writes the text Jayway gets for everything else.
 *
 * <p>Quoted names in brackets are read here, with AWS's escapes (see {@link QuotedName}), and
 * handed to Jayway re-quoted, so that both evaluators select the same key. Filters, slices,
 * wildcards and functions are passed to Jayway as written.
 */
final class PathScanner {

  /** Characters that make a dot-notation name more than a plain member name. */
  private static final String SPECIAL_IN_NAME = "*@()?'\" ";

  /**
   * What was read.
   *
   * @param segments the chain (strings are member names, integers indexes), or null when the path
   *     needs Jayway
   * @param jaywayRest the text after the root to give Jayway, to be read as {@code "$" + rest}
   */
  record Scan(List<Object> segments, String jaywayRest) {}

  private final String rest;
  private final StringBuilder jayway = new StringBuilder();
  private final List<Object> segments = new ArrayList<>();
  private boolean simple = true;
  private int i;

  private PathScanner(String rest) {
    this.rest = rest;
  }

  /**
   * Scans the text after a path's root.
   *
   * @throws InvalidPathException for a quoted name that is not closed or not followed by a bracket
   */
  static Scan scan(String rest) {
    PathScanner scanner = new PathScanner(rest);
    scanner.run();
    return new Scan(scanner.simple ? scanner.segments : null, scanner.jayway.toString());
  }

  private void run() {
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (c == '.') {
        dot();
      } else if (c == '[') {
        bracket();
      } else {
        // Not a path step: Jayway reports it when the path is compiled.
        passRestToJayway();
      }
    }
  }

  private void dot() {
    if (rest.startsWith("..", i)) {
      simple = false; // deep scan
      jayway.append("..");
      i += 2;
      if (i < rest.length() && rest.charAt(i) == '[') {
        return;
      }
    } else {
      jayway.append('.');
      i++;
    }
    int start = i;
    while (i < rest.length() && rest.charAt(i) != '.' && rest.charAt(i) != '[') {
      if (rest.charAt(i) == '(') {
        // A function call ends the path; its arguments may hold any character.
        simple = false;
        passRestToJayway();
        return;
      }
      i++;
    }
    String name = rest.substring(start, i);
    jayway.append(name);
    if (name.isEmpty() || name.chars().anyMatch(ch -> SPECIAL_IN_NAME.indexOf(ch) >= 0)) {
      simple = false;
    } else {
      segments.add(name);
    }
  }

  private void bracket() {
    int j = skipSpaces(i + 1);
    if (j < rest.length() && (rest.charAt(j) == '\'' || rest.charAt(j) == '"')) {
      quotedNames(j);
      return;
    }
    int close = closingBracket(i);
    if (close < 0) {
      simple = false;
      passRestToJayway();
      return;
    }
    String inner = rest.substring(i + 1, close);
    Integer index = index(inner);
    if (index == null) {
      simple = false;
    } else {
      segments.add(index);
    }
    jayway.append(rest, i, close + 1);
    i = close + 1;
  }

  /** {@code ['a']}, or a union {@code ['a','b']}, from the first quote at {@code j}. */
  private void quotedNames(int j) {
    List<String> names = new ArrayList<>();
    while (true) {
      QuotedName quoted = QuotedName.read(rest, j);
      names.add(quoted.name());
      j = skipSpaces(quoted.end());
      if (j < rest.length() && rest.charAt(j) == ']') {
        break;
      }
      if (j < rest.length() && rest.charAt(j) == ',') {
        j = skipSpaces(j + 1);
        if (j < rest.length() && (rest.charAt(j) == '\'' || rest.charAt(j) == '"')) {
          continue;
        }
      }
      throw new InvalidPathException("expected ']' after a quoted name in path: " + rest);
    }
    jayway.append('[');
    for (int k = 0; k < names.size(); k++) {
      jayway.append(k == 0 ? "" : ",").append(QuotedName.forJayway(names.get(k)));
    }
    jayway.append(']');
    if (names.size() == 1) {
      segments.add(names.get(0));
    } else {
      simple = false;
    }
    i = j + 1;
  }

  /** The index of the {@code ]} closing the bracket at {@code open}, or -1; skips quoted text. */
  private int closingBracket(int open) {
    int depth = 0;
    for (int k = open; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (c == '\'' || c == '"') {
        k = endOfQuoted(k);
        if (k < 0) {
          return -1;
        }
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
        if (depth == 0) {
          return c == ']' ? k : -1;
        }
      }
    }
    return -1;
  }

  /** The index of the quote closing the one at {@code start}, or -1. */
  private int endOfQuoted(int start) {
    char quote = rest.charAt(start);
    for (int k = start + 1; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == quote) {
        return k;
      }
    }
    return -1;
  }

  private static Integer index(String inner) {
    if (inner.isEmpty() || !inner.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    try {
      return Integer.valueOf(inner);
    } catch (NumberFormatException e) {
      return null; // too large for an index; Jayway decides
    }
  }

  private int skipSpaces(int from) {
    int k = from;
    while (k < rest.length() && rest.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  private void passRestToJayway() {
    simple = false;
    jayway.append(rest, i, rest.length());
    i = rest.length();
  }
}
