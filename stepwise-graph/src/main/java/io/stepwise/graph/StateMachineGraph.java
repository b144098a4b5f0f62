package io.stepwise.graph;

import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.ValidationOptions;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The graph of a state machine: a node per state, shaped by type; edges for {@code Next}, Choice
 * rules (labelled with the condition), {@code Default} and {@code Catch} (labelled with the error
 * names); Parallel branches and Map processors as nested boxes. Drawn as SVG (laid out by Eclipse
 * ELK), Mermaid or Graphviz DOT, with states coloured by an execution's statuses.
 *
 * <p>Immutable and safe to share between threads; the SVG layout is computed once, on first use.
 */
public final class StateMachineGraph {
  private final GraphScope root;
  private volatile Layout layout;

  private StateMachineGraph(GraphScope root) {
    this.root = root;
  }

  /**
   * Parses an ASL definition (JSONPath or JSONata) and builds its graph.
   *
   * @throws GraphException for an invalid definition, naming each problem's code and JSON pointer
   *     (also given as {@link GraphException#diagnostics()})
   */
  public static StateMachineGraph of(String definitionJson) {
    Objects.requireNonNull(definitionJson, "definitionJson");
    try {
      return of(DefinitionParser.parse(definitionJson, ValidationOptions.STANDARD));
    } catch (InvalidDefinitionException e) {
      String problems =
          e.diagnostics().stream()
              .map(Diagnostic::toDefinitionErrorText)
              .collect(Collectors.joining("; "));
      throw new GraphException("invalid definition: " + problems, e.diagnostics(), e);
    }
  }

  /** Builds the graph of a parsed state machine. */
  public static StateMachineGraph of(StateMachine machine) {
    Objects.requireNonNull(machine, "machine");
    return new StateMachineGraph(GraphBuilder.build(machine));
  }

  /**
   * A self-contained SVG document laid out by ELK, top to bottom. States are {@code <g
   * class="sw-state sw-type-TYPE sw-status-STATUS" data-state data-type data-status>} groups, edges
   * {@code <path class="sw-edge sw-edge-KIND">}. The same graph and statuses give the same bytes.
   */
  public String toSvg(StateStatuses statuses) {
    return SvgWriter.write(root, layout(), Objects.requireNonNull(statuses, "statuses"));
  }

  /** A Mermaid {@code flowchart TD}: subgraphs for branches and processors, a class per status. */
  public String toMermaid(StateStatuses statuses) {
    return MermaidWriter.write(root, Objects.requireNonNull(statuses, "statuses"));
  }

  /** A Graphviz digraph: clusters for branches and processors, colours per status. */
  public String toDot(StateStatuses statuses) {
    return DotWriter.write(root, Objects.requireNonNull(statuses, "statuses"));
  }

  /** The graph's nodes and edges, for tests. */
  GraphScope root() {
    return root;
  }

  Layout layout() {
    Layout result = layout;
    if (result == null) {
      result = ElkLayout.layout(root);
      layout = result;
    }
    return result;
  }
}
