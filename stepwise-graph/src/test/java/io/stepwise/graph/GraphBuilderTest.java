package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The graph's nodes and edges, built from definitions. */
class GraphBuilderTest {

  private static Map<String, GraphNode> nodes(GraphScope scope) {
    Map<String, GraphNode> result = new java.util.LinkedHashMap<>();
    for (GraphNode node : scope.nodes()) {
      result.put(node.name(), node);
      node.scopes().forEach(nested -> result.putAll(nodes(nested)));
    }
    return result;
  }

  /** Edges as "From -kind-> To [label]" with names, for readable assertions. */
  private static List<String> edges(GraphScope scope) {
    Map<String, String> names =
        nodes(scope).values().stream().collect(Collectors.toMap(GraphNode::id, GraphNode::name));
    List<String> result = new java.util.ArrayList<>();
    collectEdges(scope, names, result);
    return result;
  }

  private static void collectEdges(GraphScope scope, Map<String, String> names, List<String> out) {
    for (GraphEdge e : scope.edges()) {
      out.add(
          names.get(e.from())
              + " -"
              + e.kind().cssName()
              + "-> "
              + names.get(e.to())
              + (e.label() == null ? "" : " [" + e.label() + "]"));
    }
    for (GraphNode node : scope.nodes()) {
      node.scopes().forEach(nested -> collectEdges(nested, names, out));
    }
  }

  @Test
  void choiceRulesDefaultCatchAndEndBecomeLabelledEdges() {
    GraphScope root = StateMachineGraph.of(Definitions.CHOICE_AND_CATCH).root();

    assertThat(nodes(root).keySet())
        .containsExactly("Start", "Check", "Wait a bit", "Work", "Done", "Broken", "End");
    assertThat(edges(root))
        .containsExactly(
            "Start -next-> Check",
            "Check -choice-> Work [$.x == 3]",
            "Check -choice-> Done [$.a > 10 and $.b is present]",
            "Check -default-> Wait a bit [Default]",
            "Wait a bit -next-> Work",
            "Work -next-> End",
            "Work -catch-> Broken [States.Timeout, States.TaskFailed]",
            "Done -next-> End",
            "Broken -next-> End");
    assertThat(nodes(root).get("Check").type()).isEqualTo("Choice");
    assertThat(nodes(root).get("Check").id()).isEqualTo("s0");
  }

  @Test
  void parallelBranchesAndMapProcessorsNest() {
    GraphScope root = StateMachineGraph.of(Definitions.NESTED).root();

    GraphNode parallel = nodes(root).get("Fan out");
    assertThat(parallel.scopes())
        .extracting(GraphScope::label)
        .containsExactly("Branch 1", "Branch 2");
    assertThat(parallel.scopes().get(0).nodes())
        .extracting(GraphNode::name)
        .containsExactly("Left");
    GraphNode map = parallel.scopes().get(1).nodes().get(0);
    assertThat(map.type()).isEqualTo("Map");
    assertThat(map.scopes()).singleElement().satisfies(s -> assertThat(s.boxed()).isFalse());
    assertThat(map.scopes().get(0).nodes())
        .extracting(GraphNode::name)
        .containsExactly("Item", "Item done");
    // Terminal states inside branches end their branch: no edge to End.
    assertThat(edges(root))
        .containsExactly(
            "Start -next-> Fan out",
            "Fan out -next-> After",
            "Fan out -catch-> Recover [States.ALL]",
            "Recover -next-> End",
            "After -next-> End",
            "Item -next-> Item done");
  }

  @Test
  void jsonataConditionsKeepTheirText() {
    assertThat(edges(StateMachineGraph.of(Definitions.JSONATA).root()))
        .contains("C -choice-> Big [$states.input.n > 2]", "C -default-> Small [Default]");
  }

  @Test
  void longConditionsAreCutWithAnEllipsis() {
    String definition =
        """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Or": [
            {"Not": {"Variable": "$.status", "StringEquals": "a very long status value"}},
            {"Variable": "$.when", "TimestampLessThanEqualsPath": "$.deadline"}],
            "Next": "P"}], "Default": "P"},
          "P": {"Type": "Pass", "End": true}}}
        """;
    String label = StateMachineGraph.of(definition).root().edges().get(1).label();

    assertThat(label).startsWith("not $.status == \"a very long").endsWith("…");
    assertThat(label.codePointCount(0, label.length())).isEqualTo(ChoiceLabels.MAX_LENGTH);
  }

  @Test
  void anInvalidDefinitionNamesItsProblemsAndWhere() {
    String invalid = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}";

    assertThatThrownBy(() -> StateMachineGraph.of(invalid))
        .isInstanceOf(GraphException.class)
        .hasMessageStartingWith("invalid definition: ")
        .hasMessageContaining("MISSING_TRANSITION_TARGET")
        .hasMessageContaining("/States/A/Next")
        .satisfies(e -> assertThat(((GraphException) e).diagnostics()).isNotEmpty());
  }

  @Test
  void textThatIsNotJsonIsAnInvalidDefinitionToo() {
    assertThatThrownBy(() -> StateMachineGraph.of("{not json"))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("INVALID_JSON_DESCRIPTION");
  }
}
