package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a definition's text against the Amazon States Language and reports every problem at
 * once, each with AWS's code, message and a JSON pointer to where it is.
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
    if (definitionText.getBytes(StandardCharsets.UTF_8).length > MAX_DEFINITION_BYTES) {
      // Our wording, after AWS's API constraint text for the definition member.
      return List.of(Diagnostic.error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
          "Definition must have length less than or equal to " + MAX_DEFINITION_BYTES, null));
    }
    ValidationContext syntax = new ValidationContext(options, false);
    JsonNode root = JsonSyntax.parse(definitionText, syntax);
    if (root == null) {
      return syntax.diagnostics();
    }
    if (!root.isObject()) {
      return List.of(Diagnostic.error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
          "Definition must be a valid JSON object", null));
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
}
