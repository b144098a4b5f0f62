package io.stepwise.asl.path;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a path into its root and the JSONPath after it, and picks the fastest evaluator: plain
 * member and index chains are walked directly; everything else goes to Jayway JsonPath.
 */
final class PathCompiler {

  private PathCompiler() {}

  static PathExpression compile(String text) {
    if (text == null || text.isEmpty() || text.charAt(0) != '$') {
      throw new InvalidPathException("path must start with '$': " + text);
    }
    PathExpression.Root root;
    String variable = null;
    String rest; // the part after the root, to be evaluated as "$" + rest
    if (text.startsWith("$$")) {
      root = PathExpression.Root.CONTEXT;
      rest = text.substring(2);
    } else if (text.length() > 1 && isIdentifierStart(text.charAt(1))) {
      root = PathExpression.Root.VARIABLE;
      int end = 1;
      while (end < text.length() && isIdentifierPart(text.charAt(end))) {
        end++;
      }
      variable = text.substring(1, end);
      rest = text.substring(end);
    } else {
      root = PathExpression.Root.INPUT;
      rest = text.substring(1);
    }
    if (!rest.isEmpty() && rest.charAt(0) != '.' && rest.charAt(0) != '[') {
      throw new InvalidPathException("unexpected character after root in path: " + text);
    }
    List<Object> segments = simpleSegments(rest);
    if (segments != null) {
      return new SimplePath(text, root, variable, segments);
    }
    return JaywayPath.compile(text, root, variable, "$" + rest);
  }

  static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * Parses {@code .name}, {@code ['name']} and {@code [N]} chains; returns {@code null} for
   * anything richer, which Jayway then handles. Strings are member names, integers indexes.
   */
  private static List<Object> simpleSegments(String rest) {
    List<Object> segments = new ArrayList<>();
    int i = 0;
    int n = rest.length();
    while (i < n) {
      char c = rest.charAt(i);
      if (c == '.') {
        int start = ++i;
        while (i < n && rest.charAt(i) != '.' && rest.charAt(i) != '[') {
          char d = rest.charAt(i);
          if (d == '*' || d == '@' || d == '(' || d == ')' || d == '?' || d == ' ' || d == '\'') {
            return null;
          }
          i++;
        }
        if (i == start) {
          return null; // ".." deep scan, or a trailing dot
        }
        segments.add(rest.substring(start, i));
      } else if (c == '[') {
        int close = rest.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        String inner = rest.substring(i + 1, close);
        if (inner.length() >= 2
            && inner.charAt(0) == '\''
            && inner.charAt(inner.length() - 1) == '\''
            && inner.indexOf('\'', 1) == inner.length() - 1
            && inner.indexOf('\\') < 0) {
          segments.add(inner.substring(1, inner.length() - 1));
        } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
          try {
            segments.add(Integer.valueOf(inner));
          } catch (NumberFormatException e) {
            return null;
          }
        } else {
          return null;
        }
        i = close + 1;
      } else {
        return null;
      }
    }
    return segments;
  }
}
