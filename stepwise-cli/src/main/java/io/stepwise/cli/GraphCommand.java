package io.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.graph.GraphException;
import io.stepwise.graph.StateMachineGraph;
import io.stepwise.graph.StateStatuses;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepwise graph}: a state machine drawn as SVG, Mermaid or DOT, coloured by a history. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a state machine: SVG (laid out by Eclipse ELK), Mermaid or Graphviz DOT.",
      "With --history, states are coloured by what the execution did in them.",
      "Exit status: 0 when drawn, 1 when the definition is not valid, 2 for bad usage or input."
    })
final class GraphCommand implements Callable<Integer> {

  /** The formats {@code --format} accepts. */
  enum Format {
    svg,
    mermaid,
    dot
  }

  @Parameters(
      index = "0",
      paramLabel = "DEFINITION",
      description = "The definition (ASL JSON) file, or - for standard input.")
  String definition;

  @Option(names = "--format", paramLabel = "FORMAT", description = "svg (default), mermaid or dot.")
  Format format = Format.svg;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description =
          "An execution history: `stepwise run --json --history` output, GetExecutionHistory's"
              + " JSON, or a JSON array of events; - for standard input.")
  String history;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the drawing to this file instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand StepwiseCommand stepwise;

  @Override
  public Integer call() {
    if ("-".equals(definition) && "-".equals(history)) {
      throw new UserError("the definition and the history cannot both come from standard input");
    }
    String text = Inputs.read(definition, "definition", stepwise.standardInput());
    StateStatuses statuses = history == null ? StateStatuses.none() : statuses();
    StateMachineGraph graph;
    try {
      graph = StateMachineGraph.of(text);
    } catch (GraphException invalid) {
      // Printed as `stepwise validate` prints them, with its exit status.
      DiagnosticPrinter.printForPeople(invalid.diagnostics(), spec.commandLine().getErr());
      return 1;
    }
    String drawing =
        switch (format) {
          case svg -> graph.toSvg(statuses);
          case mermaid -> graph.toMermaid(statuses);
          case dot -> graph.toDot(statuses);
        };
    write(drawing);
    return 0;
  }

  private StateStatuses statuses() {
    String name =
        "-".equals(history) ? "the history on standard input" : "history '" + history + "'";
    JsonNode json = Inputs.json(Inputs.read(history, "history", stepwise.standardInput()), name);
    StateStatuses statuses;
    try {
      statuses = StateStatuses.fromHistory(json);
    } catch (GraphException notHistory) {
      throw new UserError(name + " is not an execution history: " + notHistory.getMessage());
    }
    JsonNode events = json.isArray() ? json : json.path("events");
    if (events.isEmpty()) {
      throw new UserError(name + " has no events");
    }
    return statuses;
  }

  private void write(String drawing) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(drawing);
      out.flush();
      return;
    }
    try {
      Files.writeString(output, drawing, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new UserError("cannot write '" + output + "': " + reason(e));
    }
  }

  private static String reason(Exception e) {
    return switch (e) {
      case java.nio.file.NoSuchFileException missing -> "no such directory";
      case java.nio.file.AccessDeniedException denied -> "permission denied";
      default -> String.valueOf(e.getMessage());
    };
  }
}
