package io.stepwise.server.actions;

import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.server.PageSize;
import io.stepwise.server.model.ValidateStateMachineDefinitionDiagnostic;
import io.stepwise.server.model.ValidateStateMachineDefinitionInput;
import io.stepwise.server.model.ValidateStateMachineDefinitionOutput;
import java.util.List;

/**
 * {@code ValidateStateMachineDefinition}: every diagnostic of the definition, errors only unless
 * warnings are asked for, at most {@code maxResults} (100 by default and at most).
 */
public final class ValidateStateMachineDefinitionAction
    implements Action<ValidateStateMachineDefinitionInput, ValidateStateMachineDefinitionOutput> {
  private static final int MAX_RESULTS = 100;

  @Override
  public Class<ValidateStateMachineDefinitionInput> inputType() {
    return ValidateStateMachineDefinitionInput.class;
  }

  @Override
  public ValidateStateMachineDefinitionOutput handle(ValidateStateMachineDefinitionInput input) {
    int limit = PageSize.of(input.maxResults(), MAX_RESULTS);
    ValidationOptions options =
        input.type() == StateMachineType.EXPRESS
            ? ValidationOptions.EXPRESS
            : ValidationOptions.STANDARD;
    List<Diagnostic> found = DefinitionValidator.validate(input.definition(), options);
    boolean failed = found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    boolean warnings = input.severity() == Severity.WARNING;
    List<ValidateStateMachineDefinitionDiagnostic> shown =
        found.stream()
            .filter(d -> warnings || d.severity() == Severity.ERROR)
            .map(d ->
                new ValidateStateMachineDefinitionDiagnostic(
                    d.severity(), d.code(), d.message(), d.location()))
            .toList();
    return new ValidateStateMachineDefinitionOutput(
        failed ? "FAIL" : "OK",
        shown.subList(0, Math.min(limit, shown.size())),
        shown.size() > limit);
  }
}
