package io.stepwise.conformance;

import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.conformance.CaseOutcome.Suite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the validation cases of the corpus through {@link DefinitionValidator} and judges them. */
final class ValidationSuite {

  private final TimeLimitedRunner runner;

  ValidationSuite(TimeLimitedRunner runner) {
    this.runner = runner;
  }

  /** Every case of {@code validation/}, in name order. */
  List<CaseOutcome> run(Path directory) throws IOException, InterruptedException {
    List<CaseOutcome> outcomes = new ArrayList<>();
    List<ValidationCase> runnable = new ArrayList<>();
    for (Path file : CorpusFiles.caseFiles(directory)) {
      ValidationCase testCase;
      try {
        testCase = ValidationCase.read(file);
      } catch (IOException | RuntimeException unreadable) {
        CaseOutcome failure = ExecutionSuite.unreadable(file, unreadable);
        outcomes.add(
            CaseOutcome.failed(
                failure.name(), Suite.VALIDATION, "unreadable", failure.difference()));
        continue;
      }
      Optional<String> skip = SkipPolicy.skipReason(testCase);
      if (skip.isPresent()) {
        outcomes.add(
            CaseOutcome.skipped(testCase.name(), Suite.VALIDATION, testCase.api(), skip.get()));
      } else {
        runnable.add(testCase);
      }
    }
    outcomes.addAll(
        runner.runAll(
            runnable,
            ValidationSuite::judge,
            (testCase, difference) ->
                CaseOutcome.failed(testCase.name(), Suite.VALIDATION, testCase.api(), difference)));
    return outcomes;
  }

  static CaseOutcome judge(ValidationCase testCase) {
    List<Diagnostic> diagnostics =
        DefinitionValidator.validate(
            testCase.definitionText(),
            testCase.express() ? ValidationOptions.EXPRESS : ValidationOptions.STANDARD);
    return ValidationComparator.compare(testCase, diagnostics)
        .map(difference ->
            CaseOutcome.failed(testCase.name(), Suite.VALIDATION, testCase.api(), difference))
        .orElseGet(
            () -> CaseOutcome.passed(testCase.name(), Suite.VALIDATION, testCase.api(), null));
  }
}
