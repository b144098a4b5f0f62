package io.stepwise.cli;

import picocli.CommandLine;

/**
 * Turns problems a user can fix (missing files, bad JSON) into one readable line and exit status 2;
 * anything else is a bug, reported with its stack trace so that it can be fixed.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof UserError userError) {
      commandLine.getErr().println("stepwise: " + userError.getMessage());
      return 2;
    }
    commandLine.getErr().println("stepwise: internal error: " + e);
    e.printStackTrace(commandLine.getErr());
    return 3;
  }
}
