package io.stepwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stepwise} command: AWS Step Functions state machines, run locally. */
@Command(
    name = "stepwise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs AWS Step Functions state machines (Amazon States Language) locally.",
    subcommands = {RunCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class StepwiseCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status (for tests and {@link #main}). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new StepwiseCommand());
    commandLine.setExecutionExceptionHandler(new CliErrors());
    // Bad usage exits with 2, as the documented interface promises.
    commandLine.setExitCodeExceptionMapper(e -> 2);
    return commandLine.execute(args);
  }
}
