package io.stepwise.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathCompilerTest {

  /**
   * Keys with quotes and backslashes: {@code Test\""Name"}, {@code a'b}, {@code a\b}, {@code a"b}.
   */
  private static final JsonNode DOCUMENT =
      json(
          "{\"Test\\\\\\\"\\\"Name\\\"\": \"Value\\\"\\\\\", \"a'b\": 2, \"a\\\\b\": 3, \"a\\\"b\": 4,"
              + " \"list\": [{\"x y\": 5}, {\"x y\": 6}], \"plain\": {\"n\": 7}}");

  private static JsonNode json(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode eval(String path) {
    return PathExpression.compile(path).evaluateOn(DOCUMENT);
  }

  @Test
  void backslashBeforeAnotherQuoteIsKeptAsAwsDoes() {
    // The recorded AWS case: $['Test\""Name"'] selects the key Test\""Name".
    PathExpression path = PathExpression.compile("$['Test\\\"\"Name\"']");
    assertThat(SimplePathSegments.of(path)).containsExactly("Test\\\"\"Name\"");
    assertThat(path.evaluateOn(DOCUMENT).textValue()).isEqualTo("Value\"\\");
  }

  @Test
  void escapedDelimiterAndBackslashInSingleQuotes() {
    assertThat(eval("$['a\\'b']").intValue()).isEqualTo(2);
    assertThat(eval("$['a\\\\b']").intValue()).isEqualTo(3);
    assertThat(eval("$['a\"b']").intValue()).isEqualTo(4);
  }

  @Test
  void doubleQuotedNames() {
    assertThat(eval("$[\"a'b\"]").intValue()).isEqualTo(2);
    assertThat(eval("$[\"a\\\"b\"]").intValue()).isEqualTo(4);
    assertThat(eval("$[\"a\\\\b\"]").intValue()).isEqualTo(3);
    assertThat(eval("$[ \"plain\" ]['n']").intValue()).isEqualTo(7);
  }

  @Test
  void jaywayFallbackSeesTheSameNames() {
    PathExpression path = PathExpression.compile("$['list'][*]['x y']");
    assertThat(path).isInstanceOf(JaywayPath.class);
    assertThat(path.evaluateOn(DOCUMENT)).isEqualTo(json("[5, 6]"));
    // A union of quoted names goes to Jayway (which answers with an object of the members found),
    // re-quoted so that it reads the escapes as we do.
    assertThat(eval("$['Test\\\"\"Name\"','a\\'b']"))
        .isEqualTo(json("{\"Test\\\\\\\"\\\"Name\\\"\": \"Value\\\"\\\\\", \"a'b\": 2}"));
    assertThat(eval("$..['a\\\\b']")).isEqualTo(json("[3]"));
  }

  @Test
  void simpleChainsStayOffJayway() {
    assertThat(SimplePathSegments.of(PathExpression.compile("$.list[1]['x y']")))
        .isEqualTo(List.of("list", 1, "x y"));
    assertThat(eval("$.list[1]['x y']").intValue()).isEqualTo(6);
    assertThat(SimplePathSegments.of(PathExpression.compile("$"))).isEmpty();
    assertThat(eval("$.plain.missing")).isNull();
  }

  @Test
  void rootsAreKeptApart() {
    PathExpression variable = PathExpression.compile("$var['a\\'b']");
    assertThat(variable.root()).isEqualTo(PathExpression.Root.VARIABLE);
    assertThat(variable.variableName()).isEqualTo("var");
    assertThat(variable.evaluateOn(DOCUMENT).intValue()).isEqualTo(2);
    assertThat(PathExpression.compile("$$['Execution']").root())
        .isEqualTo(PathExpression.Root.CONTEXT);
  }

  @Test
  void filtersWithQuotedTextAreLeftToJayway() {
    PathExpression path = PathExpression.compile("$.list[?(@['x y'] == 6)]");
    assertThat(path.isDefinite()).isFalse();
    assertThat(path.evaluateOn(DOCUMENT)).isEqualTo(json("[{\"x y\": 6}]"));
  }

  @Test
  void malformedQuotedNamesAreInvalid() {
    assertThatThrownBy(() -> PathExpression.compile("$['open"))
        .isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(() -> PathExpression.compile("$['a'x]"))
        .isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(() -> PathExpression.compile("$.a."))
        .isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(() -> PathExpression.compile("a.b"))
        .isInstanceOf(InvalidPathException.class);
  }
}
