package io.stepwise.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;

/**
 * A compiled JSONPath as ASL uses it: rooted at the state input ({@code $...}), the context object
 * ({@code $$...}) or a variable ({@code $name...}).
 *
 * <p>Compile once at parse time with {@link #compile(String)}; evaluation never re-parses text.
 */
public sealed interface PathExpression permits SimplePath, JaywayPath {

  /** What a path is rooted at. */
  enum Root {
    INPUT,
    CONTEXT,
    VARIABLE
  }

  /** The path exactly as written in the definition. */
  String text();

  Root root();

  /** The variable name for a {@link Root#VARIABLE} path, otherwise {@code null}. */
  String variableName();

  /**
   * Whether the path names at most one node. An indefinite path (wildcards, filters, slices, deep
   * scan) evaluates to an array of every match.
   */
  boolean isDefinite();

  /**
   * Evaluates the path.
   *
   * @return the node found; for an indefinite path an array of the matches (possibly empty); {@code
   *     null} when a definite path matches nothing or its variable is not assigned
   */
  JsonNode evaluate(EvaluationContext context);

  /** Evaluates the part after the root against a given document. */
  JsonNode evaluateOn(JsonNode document);

  /**
   * Compiles a path.
   *
   * @throws InvalidPathException if the text is not a valid JSONPath for ASL
   */
  static PathExpression compile(String text) {
    return PathCompiler.compile(text);
  }

  /** Picks the document a path's root denotes. */
  static JsonNode rootDocument(PathExpression path, EvaluationContext context) {
    return switch (path.root()) {
      case INPUT -> context.input();
      case CONTEXT -> context.contextObject();
      case VARIABLE -> context.variable(path.variableName());
    };
  }
}
