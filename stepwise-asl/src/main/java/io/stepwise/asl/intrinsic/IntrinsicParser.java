package io.stepwise.asl.intrinsic;

import io.stepwise.asl.path.InvalidPathException;
import io.stepwise.asl.path.PathExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the tree of a call from its tokens: {@code call := NAME '(' [argument (',' argument)*]
 * ')'} and {@code argument := call | literal | path}. Function names and argument counts are
 * checked here, so a definition with a bad call is rejected before it runs.
 */
final class IntrinsicParser {

  /** AWS allows up to 10 intrinsic functions nested within one field. */
  static final int MAX_NESTING = 10;

  private final String text;
  private final List<Token> tokens;
  private int index;

  private IntrinsicParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Parses and compiles a whole expression, which must be exactly one call.
   *
   * @throws InvalidIntrinsicException if the text is not a valid call of known functions
   */
  static FunctionCall parse(String text) {
    if (text == null) {
      throw new InvalidIntrinsicException("Invalid intrinsic function call: null");
    }
    IntrinsicParser parser = new IntrinsicParser(text, IntrinsicLexer.tokenize(text));
    Token first = parser.peek();
    if (first.kind() != Token.Kind.FUNCTION_NAME) {
      throw parser.error("expected a function name", first);
    }
    FunctionCall call = parser.call(1);
    Token rest = parser.peek();
    if (rest.kind() != Token.Kind.END) {
      throw parser.error("unexpected text after the call", rest);
    }
    return call;
  }

  private FunctionCall call(int depth) {
    Token name = next();
    if (depth > MAX_NESTING) {
      throw error("more than " + MAX_NESTING + " nested intrinsic functions", name);
    }
    FunctionSpec function = FunctionRegistry.find(name.text());
    if (function == null) {
      throw new InvalidIntrinsicException(
          "Invalid intrinsic function call: unknown function '" + name.text() + "' in: " + text);
    }
    expect(Token.Kind.OPEN_PAREN, "'(' after " + name.text());
    List<Argument> arguments = new ArrayList<>();
    if (peek().kind() == Token.Kind.CLOSE_PAREN) {
      next();
    } else {
      while (true) {
        arguments.add(argument(depth));
        Token separator = next();
        if (separator.kind() == Token.Kind.CLOSE_PAREN) {
          break;
        }
        if (separator.kind() != Token.Kind.COMMA) {
          throw error("expected ',' or ')'", separator);
        }
      }
    }
    if (!function.accepts(arguments.size())) {
      throw new InvalidIntrinsicException(
          "Invalid intrinsic function call: "
              + function.name()
              + " takes "
              + function.arityText()
              + " argument(s) but got "
              + arguments.size()
              + " in: "
              + text);
    }
    String callText = text.substring(name.start(), tokens.get(index - 1).end());
    return new FunctionCall(callText, function, arguments);
  }

  private Argument argument(int depth) {
    Token token = peek();
    return switch (token.kind()) {
      case FUNCTION_NAME -> call(depth + 1);
      case LITERAL -> {
        next();
        yield new LiteralArgument(token.value(), token.source());
      }
      case PATH -> {
        next();
        try {
          yield new PathArgument(PathExpression.compile(token.text()));
        } catch (InvalidPathException e) {
          throw error("invalid path '" + token.text() + "' (" + e.getMessage() + ")", token);
        }
      }
      default -> throw error("expected an argument", token);
    };
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Token.Kind.END) {
      index++;
    }
    return token;
  }

  private void expect(Token.Kind kind, String what) {
    Token token = next();
    if (token.kind() != kind) {
      throw error("expected " + what, token);
    }
  }

  private InvalidIntrinsicException error(String problem, Token at) {
    String found = at.kind() == Token.Kind.END ? "end of text" : "'" + at.text() + "'";
    return new InvalidIntrinsicException(
        "Invalid intrinsic function call: "
            + problem
            + ", found "
            + found
            + " at position "
            + at.start()
            + " in: "
            + text);
  }
}
