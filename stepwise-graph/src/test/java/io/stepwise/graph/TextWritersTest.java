package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mermaid and Graphviz DOT: the same nodes, edges and statuses as the SVG. */
class TextWritersTest {

  @Test
  void mermaidIsATopDownFlowchartWithSafeIdsAndQuotedLabels() {
    String mermaid =
        StateMachineGraph.of(Definitions.CHOICE_AND_CATCH)
            .toMermaid(StateStatuses.of(Map.of("Check", StateStatus.SUCCEEDED)));

    assertThat(mermaid.lines()).first().isEqualTo("flowchart TD");
    assertThat(mermaid)
        .contains("  Start((\"Start\"))\n")
        .contains("  s0{\"Check\"}\n")
        .contains("  s1[/\"Wait a bit\"/]\n")
        .contains("  s2[\"Work\"]\n")
        .contains("  s3([\"Done\"])\n")
        .contains("  s4[[\"Broken\"]]\n")
        .contains("  End((\"End\"))\n")
        .contains("  s0 -->|\"$.x == 3\"| s2\n")
        .contains("  s0 -->|\"$.a #gt; 10 and $.b is present\"| s3\n")
        .contains("  s0 -->|\"Default\"| s1\n")
        .contains("  s2 -.->|\"States.Timeout, States.TaskFailed\"| s4\n")
        .contains("  s2 --> End\n")
        .contains("  classDef succeeded fill:#dff3e4,stroke:#2ea043")
        .contains("  class s0 succeeded\n")
        .contains("  class s1,s2,s3,s4 not_reached\n");
  }

  @Test
  void mermaidNestsBranchesAndProcessorsAsSubgraphs() {
    String mermaid = StateMachineGraph.of(Definitions.NESTED).toMermaid(StateStatuses.none());

    assertThat(mermaid)
        .contains("  subgraph s0 [\"Fan out\"]\n")
        .contains("    subgraph b0 [\"Branch 1\"]\n")
        .contains("      subgraph s2 [\"Each\"]\n")
        .contains("        s3 --> s4\n")
        .contains("  s0 -.->|\"States.ALL\"| s5\n");
    assertThat(mermaid.split("\\bsubgraph\\b", -1)).hasSize(5);
    assertThat(mermaid.lines().filter(l -> l.strip().equals("end"))).hasSize(4);
  }

  @Test
  void mermaidLabelsEscapeQuotesAndMarkup() {
    assertThat(MermaidWriter.label("say \"hi\" <b> #1 | 2"))
        .isEqualTo("\"say #quot;hi#quot; #lt;b#gt; #35;1 #124; 2\"");
  }

  @Test
  void dotHasClustersForBranchesAndColoursPerStatus() {
    String dot =
        StateMachineGraph.of(Definitions.NESTED)
            .toDot(StateStatuses.of(Map.of("Left", StateStatus.FAILED)));

    assertThat(dot)
        .startsWith("digraph \"state machine\" {\n")
        .endsWith("}\n")
        .contains("subgraph \"cluster_s0\" {")
        .contains("label=\"Fan out (Parallel)\";")
        .contains("subgraph \"cluster_b0\" {")
        .contains("label=\"Branch 1\";")
        .contains("subgraph \"cluster_s2\" {")
        .contains(
            "\"s1\" [label=\"Left\\nPass\", shape=box, style=\"rounded,filled\","
                + " fillcolor=\"#fde7e9\", color=\"#d13212\", tooltip=\"Left, failed\"];")
        .contains("\"s0\" -> \"s6\" [ltail=\"cluster_s0\", class=\"sw-edge-next\"];")
        .contains(
            "\"s0\" -> \"s5\" [label=\"States.ALL\", style=dashed, ltail=\"cluster_s0\","
                + " class=\"sw-edge-catch\"];")
        .contains("\"start\" -> \"s0\" [lhead=\"cluster_s0\", class=\"sw-edge-next\"];");
    assertThat(dot.chars().filter(c -> c == '{').count())
        .isEqualTo(dot.chars().filter(c -> c == '}').count());
  }

  @Test
  void dotQuotesBackslashesQuotesAndNewlines() {
    assertThat(DotWriter.quote("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
  }
}
