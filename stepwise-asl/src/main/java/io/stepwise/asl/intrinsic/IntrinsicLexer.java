package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an intrinsic call into tokens: function names, parentheses, commas, literals and paths.
 *
 * <p>String literals take AWS's four escapes ({@code \'}, {@code \{}, {@code \}}, {@code \\}); any
 * other backslash is an error, as AWS rejects such a definition. A path runs to the next comma or
 * closing parenthesis that is not inside brackets, parentheses or quotes, so filters such as {@code
 * $.a[?(@.b > 1)]} stay whole.
 */
final class IntrinsicLexer {

  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private final String text;
  private int position;

  private IntrinsicLexer(String text) {
    this.text = text;
  }

  /**
   * Tokenizes a whole expression; the last token is always {@link Token.Kind#END}.
   *
   * @throws InvalidIntrinsicException on a character that cannot start a token, an unterminated
   *     string or an illegal escape
   */
  static List<Token> tokenize(String text) {
    return new IntrinsicLexer(text).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (position >= text.length()) {
        tokens.add(Token.of(Token.Kind.END, text, position, position));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = position;
    char c = text.charAt(position);
    return switch (c) {
      case '(' -> single(Token.Kind.OPEN_PAREN);
      case ')' -> single(Token.Kind.CLOSE_PAREN);
      case ',' -> single(Token.Kind.COMMA);
      case '\'' -> string();
      case '$' -> path();
      default -> {
        if (c == '-' || isDigit(c)) {
          yield number();
        }
        if (Character.isLetter(c)) {
          yield word();
        }
        throw error("unexpected character '" + c + "'", start);
      }
    };
  }

  private Token single(Token.Kind kind) {
    position++;
    return Token.of(kind, text, position - 1, position);
  }

  private Token string() {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '\'') {
        String source = text.substring(start + 1, position - 1);
        return new Token(
            Token.Kind.LITERAL,
            text.substring(start, position),
            Json.NODES.textNode(value.toString()),
            source,
            start,
            position);
      }
      if (c == '\\') {
        if (position >= text.length()) {
          break;
        }
        char escaped = text.charAt(position++);
        if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
          throw error(
              "illegal escape sequence '\\" + escaped + "' in string literal", position - 2);
        }
        value.append(escaped);
      } else {
        value.append(c);
      }
    }
    throw error("unterminated string literal", start);
  }

  private Token number() {
    Matcher matcher = NUMBER.matcher(text).region(position, text.length());
    if (!matcher.lookingAt()) {
      throw error("malformed number", position);
    }
    int start = position;
    position = matcher.end();
    if (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
      throw error("malformed number", start);
    }
    String literal = text.substring(start, position);
    try {
      JsonNode value = Json.parse(literal);
      return new Token(Token.Kind.LITERAL, literal, value, null, start, position);
    } catch (JsonProcessingException e) {
      throw error("malformed number", start);
    }
  }

  private Token word() {
    int start = position;
    while (position < text.length()
        && (Character.isLetterOrDigit(text.charAt(position))
            || text.charAt(position) == '.'
            || text.charAt(position) == '_')) {
      position++;
    }
    String word = text.substring(start, position);
    return switch (word) {
      case "true" -> literal(word, Json.NODES.booleanNode(true), start);
      case "false" -> literal(word, Json.NODES.booleanNode(false), start);
      case "null" -> literal(word, Json.NODES.nullNode(), start);
      default -> {
        if (!word.startsWith("States.")) {
          throw error("unexpected word '" + word + "'", start);
        }
        yield Token.of(Token.Kind.FUNCTION_NAME, text, start, position);
      }
    };
  }

  private Token literal(String word, JsonNode value, int start) {
    return new Token(Token.Kind.LITERAL, word, value, null, start, position);
  }

  private Token path() {
    int start = position;
    int depth = 0;
    char quote = 0;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (quote != 0) {
        if (c == '\\' && position + 1 < text.length()) {
          position++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || (c == ')' && depth > 0)) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')')) {
        break;
      }
      position++;
    }
    if (quote != 0 || depth != 0) {
      throw error("unterminated path", start);
    }
    int end = position;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Token.of(Token.Kind.PATH, text, start, end);
  }

  private void skipWhitespace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private InvalidIntrinsicException error(String problem, int at) {
    return new InvalidIntrinsicException(
        "Invalid intrinsic function call: " + problem + " at position " + at + " in: " + text);
  }
}
