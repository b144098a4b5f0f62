package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console's one door to the graphs of {@code stepwise-graph} (the same code that draws {@code
 * stepwise graph}): a definition as inline SVG, its states coloured by an execution's history.
 */
public final class ConsoleGraphs {
  private ConsoleGraphs() {}

  /**
   * The graph of a definition as an inline {@code <svg>}, or an HTML message saying why it cannot
   * be drawn.
   *
   * @param definition the ASL definition text
   * @param history GetExecutionHistory's events (a JSON array), or {@code null} for a state
   *     machine's own graph, with no state reached
   */
  public static String svg(String definition, JsonNode history) {
    // Drawn by stepwise-graph once that module lands (issue 6); until then, say so.
    return "<p class=\"muted\">The graph is drawn by stepwise-graph.</p>";
  }
}
