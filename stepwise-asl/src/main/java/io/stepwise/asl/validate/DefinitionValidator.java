package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Checks a definition's text against the Amazon States Language and reports every problem at once,
 * each with AWS's code, message and a JSON pointer to where it is.
 *
 * <p>It works in passes, as AWS's reports suggest: JSON syntax, then the schema of every scope and
 * state, then (only when the schema is sound) the transition graph of every scope.
 */
public final class DefinitionValidator {

  /** AWS's limit on a definition's size, in UTF-8 bytes. */
  public static final int MAX_DEFINITION_BYTES = 1_048_576;

  private DefinitionValidator() {}

  /**
   * Validates a definition.
   *
   * @param definitionText the definition as JSON text
   * @param options what kind of state machine it is for
   * @return every diagnostic found, in definition order; empty when the definition is valid
   */
  public static List<Diagnostic> validate(String definitionText, ValidationOptions options) {
    if (exceedsLimit(definitionText)) {
      // Our wording, after AWS's API constraint text for the definition member.
      return List.of(
          Diagnostic.error(
              DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
              "Definition must have length less than or equal to " + MAX_DEFINITION_BYTES,
              null));
    }
    ValidationContext syntax = new ValidationContext(options, false);
    JsonNode root = JsonSyntax.parse(definitionText, syntax);
    if (root == null) {
      return syntax.diagnostics();
    }
    if (!root.isObject()) {
      return List.of(
          Diagnostic.error(
              DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
              "Definition must be a valid JSON object",
              null));
    }
    ObjectNode definition = (ObjectNode) root;
    boolean jsonata =
        QueryLanguageRules.JSONATA.equals(definition.path("QueryLanguage").asText(null));
    ValidationContext ctx = new ValidationContext(options, jsonata);
    List<StateMachineChecks.Scope> scopes = StateMachineChecks.topLevel(definition, ctx);
    if (!ctx.hasErrors()) {
      for (StateMachineChecks.Scope scope : scopes) {
        TransitionChecks.check(scope, ctx);
      }
    }
    return ctx.diagnostics();
  }

  /**
   * Whether the text's UTF-8 encoding is over the limit, counted without encoding it: a text of
   * many megabytes must not cost as many again just to be refused.
   */
  private static boolean exceedsLimit(String text) {
    if (text.length() > MAX_DEFINITION_BYTES) {
      return true; // every character takes at least one byte
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes > MAX_DEFINITION_BYTES;
  }
}
