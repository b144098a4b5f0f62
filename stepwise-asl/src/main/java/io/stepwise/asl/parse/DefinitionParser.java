package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.DiagnosticCodes;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.Severity;
import io.stepwise.asl.validate.ValidationOptions;
import java.util.List;

/**
 * Turns definition text into an immutable {@link StateMachine}: validate first (every problem at
 * once), then build the model from a tree the validator has vouched for.
 */
public final class DefinitionParser {

  private DefinitionParser() {}

  /**
   * Validates and parses a definition.
   *
   * @throws InvalidDefinitionException with every diagnostic of severity ERROR
   */
  public static StateMachine parse(String definitionText, ValidationOptions options)
      throws InvalidDefinitionException {
    List<Diagnostic> errors =
        DefinitionValidator.validate(definitionText, options).stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidDefinitionException(errors);
    }
    try {
      JsonNode root = Json.parse(definitionText);
      QueryLanguage language = QueryLanguage.fromAsl(root.path("QueryLanguage").asText("JSONPath"));
      return new StateMachineParser(language).parseMachine(root, "");
    } catch (DefinitionProblem problem) {
      throw new InvalidDefinitionException(
          List.of(
              Diagnostic.error(
                  DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
                  problem.getMessage(),
                  problem.location())));
    } catch (IllegalArgumentException e) {
      // Expressions the validator let through but that do not compile.
      throw new InvalidDefinitionException(
          List.of(Diagnostic.error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, e.getMessage(), "/")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidDefinitionException(
          List.of(
              Diagnostic.error(
                  DiagnosticCodes.INVALID_JSON_DESCRIPTION, e.getOriginalMessage(), null)));
    }
  }
}
