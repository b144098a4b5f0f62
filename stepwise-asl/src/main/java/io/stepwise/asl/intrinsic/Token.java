package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One token of an intrinsic call.
 *
 * @param kind what the token is
 * @param text the token exactly as written
 * @param value the JSON value of a literal token, otherwise {@code null}
 * @param source for a string literal, the text between its quotes with escapes kept
 * @param start the offset of the token's first character in the expression
 * @param end the offset just past the token's last character
 */
record Token(Kind kind, String text, JsonNode value, String source, int start, int end) {

  enum Kind {
    FUNCTION_NAME,
    OPEN_PAREN,
    CLOSE_PAREN,
    COMMA,
    LITERAL,
    PATH,
    END
  }

  static Token of(Kind kind, String expression, int start, int end) {
    return new Token(kind, expression.substring(start, end), null, null, start, end);
  }
}
