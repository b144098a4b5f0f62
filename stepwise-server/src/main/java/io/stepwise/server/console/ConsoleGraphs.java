package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.graph.GraphException;
import io.stepwise.graph.StateMachineGraph;
import io.stepwise.graph.StateStatuses;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's one door to the graphs of {@code stepwise-graph} (the same code that draws {@code
 * stepwise graph}): a definition as inline SVG, its states coloured by an execution's history.
 *
 * <p>A running execution's page redraws its graph at every step, so laid-out graphs are kept by
 * definition text (the layout is the costly part; colouring is cheap), the most recently used few.
 */
public final class ConsoleGraphs {
  private static final int KEPT = 64;

  private static final Map<String, StateMachineGraph> LAID_OUT =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StateMachineGraph> eldest) {
          return size() > KEPT;
        }
      };

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
    try {
      StateStatuses statuses =
          history == null ? StateStatuses.none() : StateStatuses.fromHistory(history);
      return graph(definition).toSvg(statuses);
    } catch (GraphException e) {
      return "<p class=\"alert alert-error\" role=\"alert\">The graph cannot be drawn: "
          + escape(e.getMessage())
          + "</p>";
    }
  }

  private static StateMachineGraph graph(String definition) {
    synchronized (LAID_OUT) {
      StateMachineGraph graph = LAID_OUT.get(definition);
      if (graph == null) {
        graph = StateMachineGraph.of(definition);
        LAID_OUT.put(definition, graph);
      }
      return graph;
    }
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
