package io.stepwise.graph;

import io.stepwise.asl.validate.Diagnostic;
import java.util.List;

/**
 * A definition or history that cannot be drawn, with a message naming what and where (for a
 * definition, the parser's codes and JSON pointers).
 */
public final class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public GraphException(String message) {
    this(message, List.of(), null);
  }

  public GraphException(String message, List<Diagnostic> diagnostics, Throwable cause) {
    super(message, cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The definition's problems when it is invalid, each with its code and JSON pointer; else empty.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
