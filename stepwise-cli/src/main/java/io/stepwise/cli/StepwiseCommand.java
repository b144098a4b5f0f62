package io.stepwise.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stepwise} command: AWS Step Functions state machines, run locally. */
@Command(
    name = "stepwise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs AWS Step Functions state machines (Amazon States Language) locally.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      GraphCommand.class,
      ServerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StepwiseCommand implements Runnable {

  /** What {@code -} reads: standard input, or what a test passes. */
  private final InputStream standardInput;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private StepwiseCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  /** The stream a definition or input named {@code -} is read from. */
  InputStream standardInput() {
    return standardInput;
  }

  @Override
  public void run() {
    // picocli prints the message and then the usage, on standard error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line on the process's standard streams and returns its exit status. */
  public static int execute(String... args) {
    return commandLine(System.in).execute(args);
  }

  /**
   * Runs the command line with the given streams, as {@link #main} does with the process's own:
   * what the command prints goes to {@code out} and {@code err}, and {@code -} reads {@code in}.
   *
   * @return the exit status: 0 success, 1 the execution or definition is not good, 2 bad usage
   */
  public static int execute(PrintWriter out, PrintWriter err, InputStream in, String... args) {
    CommandLine commandLine = commandLine(in);
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static CommandLine commandLine(InputStream in) {
    CommandLine commandLine = new CommandLine(new StepwiseCommand(in));
    commandLine.setExecutionExceptionHandler(new CliErrors());
    // Bad usage exits with 2, as the documented interface promises.
    commandLine.setExitCodeExceptionMapper(e -> 2);
    return commandLine;
  }
}
