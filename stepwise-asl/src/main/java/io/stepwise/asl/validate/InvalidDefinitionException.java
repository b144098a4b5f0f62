package io.stepwise.asl.validate;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that cannot be run, with every problem found in it. */
public final class InvalidDefinitionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InvalidDefinitionException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.stream()
            .map(Diagnostic::toDefinitionErrorText)
            .collect(Collectors.joining("; ")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
