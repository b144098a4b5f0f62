package io.stepwise.engine.machines;

import io.stepwise.asl.validate.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition the validator refused, with every error it found, in one message as AWS writes it:
 * {@code Invalid State Machine Definition: 'CODE: message at /location, CODE: ...'}.
 */
public final class InvalidDefinition extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * @param diagnostics the errors found, in definition order (at least one)
   */
  public InvalidDefinition(List<Diagnostic> diagnostics) {
    super(
        "Invalid State Machine Definition: '"
            + diagnostics.stream()
                .map(Diagnostic::toDefinitionErrorText)
                .collect(Collectors.joining(", "))
            + "'");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The errors found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
