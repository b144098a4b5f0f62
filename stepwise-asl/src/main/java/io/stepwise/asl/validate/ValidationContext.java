package io.stepwise.asl.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one validation run, in the order they are found, and carries what
 * every checker needs to know about the whole definition.
 */
final class ValidationContext {

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final ValidationOptions options;
  private final boolean jsonataMachine;
  private final Set<String> stateNames = new HashSet<>();

  ValidationContext(ValidationOptions options, boolean jsonataMachine) {
    this.options = options;
    this.jsonataMachine = jsonataMachine;
  }

  ValidationOptions options() {
    return options;
  }

  /** Whether the top level sets {@code "QueryLanguage": "JSONata"}, the default for every state. */
  boolean jsonataMachine() {
    return jsonataMachine;
  }

  void schema(String message, Location location) {
    error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, message, location);
  }

  void error(String code, String message, Location location) {
    diagnostics.add(Diagnostic.error(code, message, location == null ? null : location.text()));
  }

  /** Records a state name; returns false when the name was already used anywhere in the machine. */
  boolean claimStateName(String name) {
    return stateNames.add(name);
  }

  boolean hasErrors() {
    return !diagnostics.isEmpty();
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
