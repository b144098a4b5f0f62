package io.stepwise.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a graph as a Mermaid flowchart (top down): node ids are the graph's safe ids, labels carry
 * the names; Parallel branches and Map processors are subgraphs; statuses are classes.
 */
final class MermaidWriter {
  private final StringBuilder out = new StringBuilder(4096);
  private final StateStatuses statuses;
  private final Map<StateStatus, List<String>> byStatus = new EnumMap<>(StateStatus.class);

  private MermaidWriter(StateStatuses statuses) {
    this.statuses = statuses;
  }

  static String write(GraphScope root, StateStatuses statuses) {
    return new MermaidWriter(statuses).document(root);
  }

  private String document(GraphScope root) {
    out.append("flowchart TD\n");
    scope(root, "  ");
    for (StateStatus status : StateStatus.values()) {
      out.append("  classDef ")
          .append(className(status))
          .append(" fill:" + Palette.fill(status) + ",stroke:" + Palette.stroke(status))
          .append(",color:#16191f\n");
    }
    byStatus.forEach((status, ids) ->
        out.append("  class " + String.join(",", ids) + " " + className(status) + "\n"));
    return out.toString();
  }

  private void scope(GraphScope scope, String indent) {
    for (GraphNode node : scope.nodes()) {
      if (node.isContainer()) {
        out.append(indent + "subgraph " + id(node.id()) + " [" + label(node.name()) + "]\n");
        out.append(indent + "  direction TB\n");
        for (GraphScope nested : node.scopes()) {
          if (nested.boxed()) {
            out.append(indent + "  subgraph " + nested.id() + " [" + label(nested.label()) + "]\n");
            scope(nested, indent + "    ");
            out.append(indent + "  end\n");
          } else {
            scope(nested, indent + "  ");
          }
        }
        out.append(indent + "end\n");
      } else {
        out.append(indent + id(node.id()) + shape(node) + "\n");
      }
      if (!node.isMarker()) {
        byStatus
            .computeIfAbsent(statuses.of(node.name()), s -> new ArrayList<>())
            .add(id(node.id()));
      }
    }
    for (GraphEdge edge : scope.edges()) {
      String arrow = edge.kind() == GraphEdge.Kind.CATCH ? " -.->" : " -->";
      String text = edge.label() == null ? "" : "|" + label(edge.label()) + "|";
      out.append(indent + id(edge.from()) + arrow + text + " " + id(edge.to()) + "\n");
    }
  }

  private static String shape(GraphNode node) {
    String label = label(node.name());
    return switch (node.type()) {
      case GraphNode.START, GraphNode.END -> "((" + label + "))";
      case "Choice" -> "{" + label + "}";
      case "Pass" -> "(" + label + ")";
      case "Wait" -> "[/" + label + "/]";
      case "Succeed" -> "([" + label + "])";
      case "Fail" -> "[[" + label + "]]";
      default -> "[" + label + "]";
    };
  }

  /** Mermaid's word {@code end} closes subgraphs, so the End marker is spelled {@code End}. */
  private static String id(String id) {
    return switch (id) {
      case "start" -> "Start";
      case "end" -> "End";
      default -> id;
    };
  }

  private static String className(StateStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** A quoted label; Mermaid's entity codes stand for the characters its syntax uses. */
  static String label(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(c -> {
          switch (c) {
            case '#' -> quoted.append("#35;");
            case '"' -> quoted.append("#quot;");
            case '<' -> quoted.append("#lt;");
            case '>' -> quoted.append("#gt;");
            case '|' -> quoted.append("#124;");
            case '&' -> quoted.append("#amp;");
            case '\n', '\r', '\t' -> quoted.append(' ');
            default -> quoted.appendCodePoint(c);
          }
        });
    return quoted.append('"').toString();
  }
}
