package io.stepwise.cli;

import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.DefinitionValidator;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.run.StateMachineType;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepwise validate}: every problem in a definition, at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a state machine definition and prints every problem found.",
      "Exit status: 0 when it is valid, 1 when it is not, 2 for bad usage."
    })
final class ValidateCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "DEFINITION",
      description = "The definition (ASL JSON) file, or - for standard input.")
  String definition;

  @Option(
      names = "--json",
      description =
          "Print ValidateStateMachineDefinition's response: result, diagnostics, truncated.")
  boolean json;

  @Option(names = "--type", paramLabel = "TYPE", description = "STANDARD (default) or EXPRESS.")
  StateMachineType type = StateMachineType.STANDARD;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand StepwiseCommand stepwise;

  @Override
  public Integer call() {
    String text = Inputs.read(definition, "definition", stepwise.standardInput());
    List<Diagnostic> diagnostics =
        DefinitionValidator.validate(
            text,
            type == StateMachineType.EXPRESS
                ? ValidationOptions.EXPRESS
                : ValidationOptions.STANDARD);
    boolean valid = diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(DiagnosticPrinter.asResponse(diagnostics)));
    } else if (diagnostics.isEmpty()) {
      String source = "-".equals(definition) ? "standard input" : definition;
      out.println("OK: " + source + " is a valid state machine definition");
    } else {
      DiagnosticPrinter.printForPeople(diagnostics, out);
    }
    out.flush();
    return valid ? 0 : 1;
  }
}
