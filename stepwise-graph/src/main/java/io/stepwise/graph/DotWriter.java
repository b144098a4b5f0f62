package io.stepwise.graph;

/**
 * Writes a graph in Graphviz's DOT language: Parallel branches and Map processors are clusters; a
 * container is entered and left through a header node inside its cluster ({@code lhead} and {@code
 * ltail} clip the edges at the cluster's border).
 */
final class DotWriter {
  private static final String FONT = "\"system-ui, sans-serif\"";

  private final StringBuilder out = new StringBuilder(4096);
  private final StateStatuses statuses;

  private DotWriter(StateStatuses statuses) {
    this.statuses = statuses;
  }

  static String write(GraphScope root, StateStatuses statuses) {
    return new DotWriter(statuses).document(root);
  }

  private String document(GraphScope root) {
    out.append("digraph \"state machine\" {\n")
        .append("  graph [rankdir=TB, compound=true, fontname=" + FONT + ", fontsize=11];\n")
        .append("  node [fontname=" + FONT + ", fontsize=11, style=filled];\n")
        .append("  edge [fontname=" + FONT + ", fontsize=10, color=\"#5f6b7a\"];\n");
    scope(root, "  ");
    out.append("}\n");
    return out.toString();
  }

  private void scope(GraphScope scope, String indent) {
    for (GraphNode node : scope.nodes()) {
      if (node.isContainer()) {
        StateStatus status = statuses.of(node.name());
        out.append(indent + "subgraph " + quote("cluster_" + node.id()) + " {\n")
            .append(indent + "  label=" + quote(node.name() + " (" + node.type() + ")") + ";\n")
            .append(indent + "  style=\"rounded,filled\"; fillcolor=" + quote(Palette.fill(status)))
            .append("; color=" + quote(Palette.stroke(status)) + ";\n");
        out.append(indent + "  " + quote(node.id()) + " [label=" + quote(node.type()))
            .append(", shape=plaintext, style=\"\"];\n");
        for (GraphScope nested : node.scopes()) {
          String inner = indent + "  ";
          if (nested.boxed()) {
            out.append(inner + "subgraph " + quote("cluster_" + nested.id()) + " {\n")
                .append(inner + "  label=" + quote(nested.label()) + ";\n")
                .append(inner + "  style=\"rounded,dashed\"; color=\"#aab7b8\";\n");
            scope(nested, inner + "  ");
            out.append(inner + "}\n");
          } else {
            scope(nested, inner);
          }
          // Keeps the header above what the container holds.
          out.append(inner + quote(node.id()) + " -> " + quote(nested.startId()))
              .append(" [style=invis];\n");
        }
        out.append(indent + "}\n");
      } else {
        out.append(indent + quote(node.id()) + " [" + attributes(node) + "];\n");
      }
    }
    for (GraphEdge edge : scope.edges()) {
      out.append(indent + quote(edge.from()) + " -> " + quote(edge.to()) + " [");
      StringBuilder attributes = new StringBuilder();
      if (edge.label() != null) {
        attributes.append("label=" + quote(edge.label()) + ", ");
      }
      if (edge.kind() == GraphEdge.Kind.CATCH) {
        attributes.append("style=dashed, ");
      }
      if (isContainer(scope, edge.from())) {
        attributes.append("ltail=" + quote("cluster_" + edge.from()) + ", ");
      }
      if (isContainer(scope, edge.to())) {
        attributes.append("lhead=" + quote("cluster_" + edge.to()) + ", ");
      }
      attributes.append("class=" + quote("sw-edge-" + edge.kind().cssName()));
      out.append(attributes).append("];\n");
    }
  }

  private static boolean isContainer(GraphScope scope, String id) {
    return scope.nodes().stream().anyMatch(n -> n.id().equals(id) && n.isContainer());
  }

  private String attributes(GraphNode node) {
    if (node.isMarker()) {
      return "label="
          + quote(node.name())
          + ", shape=oval, fillcolor=\"#f2f3f3\", color=\"#879596\"";
    }
    StateStatus status = statuses.of(node.name());
    String shape =
        switch (node.type()) {
          case "Choice" -> "shape=hexagon";
          case "Fail" -> "shape=octagon";
          case "Succeed" -> "shape=box, style=\"rounded,filled,bold\"";
          case "Pass", "Wait" -> "shape=box, style=\"rounded,filled\"";
          default -> "shape=box";
        };
    return "label="
        + quote(node.name() + "\n" + node.type())
        + ", "
        + shape
        + ", fillcolor="
        + quote(Palette.fill(status))
        + ", color="
        + quote(Palette.stroke(status))
        + ", tooltip="
        + quote(node.name() + ", " + status.words());
  }

  /** A DOT double-quoted string; newlines become DOT's centred line breaks. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> {}
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
