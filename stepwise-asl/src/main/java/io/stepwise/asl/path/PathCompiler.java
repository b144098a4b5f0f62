package io.stepwise.asl.path;

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
    PathScanner.Scan scan = PathScanner.scan(rest);
    if (scan.segments() != null) {
      return new SimplePath(text, root, variable, scan.segments());
    }
    return JaywayPath.compile(text, root, variable, "$" + scan.jaywayRest());
  }

  static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
