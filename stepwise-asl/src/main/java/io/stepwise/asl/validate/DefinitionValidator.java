package io.stepwise.asl.validate;

import java.util.List;

/**
 * Checks a definition's text against the Amazon States Language and reports every problem at
 * once, each with AWS's code, message and a JSON pointer to where it is.
 */
public final class DefinitionValidator {

  private DefinitionValidator() {}

  /**
   * Validates a definition.
   *
   * @param definitionText the definition as JSON text
   * @param options what kind of state machine it is for
   * @return every diagnostic found, in definition order; empty when the definition is valid
   */
  public static List<Diagnostic> validate(String definitionText, ValidationOptions options) {
    return List.of(); // Placeholder until the validator lands.
  }
}
