package io.stepwise.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a laid-out graph as a self-contained SVG document: its own {@code <style>}, one {@code <g
 * class="sw-state ...">} per state with data attributes for the console, edges as {@code <path
 * class="sw-edge ...">}. Containers come first, then edges, then the states inside them, so that
 * nothing is hidden. The output is a function of its input alone: same graph, same bytes.
 */
final class SvgWriter {
  private static final double MARGIN = 8;

  static final String STYLE =
      """
      .sw-graph{font-family:system-ui, sans-serif;background:#fff}
      .sw-shape{fill:#fff;stroke:#aab7b8;stroke-width:1.5}
      .sw-status-not-reached>.sw-shape{fill:#fff;stroke:#aab7b8}
      .sw-status-succeeded>.sw-shape{fill:#dff3e4;stroke:#2ea043}
      .sw-status-failed>.sw-shape{fill:#fde7e9;stroke:#d13212}
      .sw-status-caught>.sw-shape{fill:#fff0dc;stroke:#ec7211}
      .sw-status-in-progress>.sw-shape{fill:#e1efff;stroke:#0972d3}
      .sw-status-cancelled>.sw-shape{fill:#e9ebed;stroke:#687078}
      .sw-container>.sw-shape{fill-opacity:.35}
      .sw-marker>.sw-shape{fill:#f2f3f3;stroke:#879596}
      .sw-branch{fill:none;stroke:#aab7b8;stroke-dasharray:4 3}
      .sw-branch-label{font-size:10px;fill:#5f6b7a}
      .sw-name{font-size:13px;fill:#16191f}
      .sw-type{font-size:10px;fill:#5f6b7a}
      .sw-glyph{fill:none;stroke:#5f6b7a;stroke-width:1.2}
      .sw-edge{fill:none;stroke:#5f6b7a;stroke-width:1.3}
      .sw-edge-catch{stroke-dasharray:5 4}
      .sw-arrowhead{fill:#5f6b7a}
      .sw-edge-label-bg{fill:#fff;fill-opacity:.85}
      .sw-edge-label{font-size:11px;fill:#414d5c}
      .sw-state:focus{outline:none}
      .sw-state:focus>.sw-shape{stroke-width:3}
      """;

  private final StringBuilder out = new StringBuilder(8192);
  private final Layout layout;
  private final StateStatuses statuses;
  private final java.util.Map<String, String> names = new java.util.HashMap<>();

  private SvgWriter(Layout layout, StateStatuses statuses) {
    this.layout = layout;
    this.statuses = statuses;
  }

  static String write(GraphScope root, Layout layout, StateStatuses statuses) {
    return new SvgWriter(layout, statuses).document(root);
  }

  private String document(GraphScope root) {
    double width = layout.width() + 2 * MARGIN;
    double height = layout.height() + 2 * MARGIN;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sw-graph\" viewBox=\"")
        .append(num(-MARGIN) + " " + num(-MARGIN) + " " + num(width) + " " + num(height))
        .append("\" width=\"" + num(width) + "\" height=\"" + num(height) + "\"")
        .append(" role=\"img\" aria-label=\"State machine graph\">\n");
    out.append("<style>\n").append(STYLE).append("</style>\n");
    out.append("<defs><marker id=\"sw-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path class=\"sw-arrowhead\" d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
    List<GraphNode> containers = new ArrayList<>();
    List<GraphNode> leaves = new ArrayList<>();
    collect(root, containers, leaves);
    for (GraphNode node : containers) {
      names.put(node.id(), node.name());
    }
    for (GraphNode node : leaves) {
      names.put(node.id(), node.name());
    }
    for (GraphNode container : containers) {
      container(container);
    }
    for (Layout.Route route : layout.edges()) {
      edge(route);
    }
    for (GraphNode leaf : leaves) {
      if (leaf.isMarker()) {
        marker(leaf);
      } else {
        leaf(leaf);
      }
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private void collect(GraphScope scope, List<GraphNode> containers, List<GraphNode> leaves) {
    for (GraphNode node : scope.nodes()) {
      if (node.isContainer()) {
        containers.add(node);
        for (GraphScope nested : node.scopes()) {
          collect(nested, containers, leaves);
        }
      } else {
        leaves.add(node);
      }
    }
  }

  private void open(GraphNode node, String extraClass) {
    StateStatus status = statuses.of(node.name());
    String type = node.type().toLowerCase(Locale.ROOT);
    out.append("<g class=\"sw-state sw-type-" + Text.xml(type) + extraClass)
        .append(" sw-status-" + status.cssName() + "\"")
        .append(" data-state=\"" + Text.xml(node.name()) + "\"")
        .append(" data-type=\"" + Text.xml(node.type()) + "\"")
        .append(" data-status=\"" + status.name() + "\"")
        .append(" tabindex=\"0\" role=\"button\" aria-label=\"")
        .append(Text.xml(node.name() + ", " + node.type() + ", " + status.words()) + "\">")
        .append("<title>" + Text.xml(node.name()) + "</title>");
  }

  private void container(GraphNode node) {
    Box box = layout.nodes().get(node.id());
    open(node, " sw-container");
    rect(box, 8);
    text("sw-name", box.centerX(), box.y() + 18, NodeSizes.displayName(node.name()));
    text("sw-type", box.centerX(), box.y() + 32, node.type());
    out.append("</g>\n");
    for (GraphScope scope : node.scopes()) {
      if (scope.boxed()) {
        Box branch = layout.scopes().get(scope.id());
        out.append("<g class=\"sw-branch-box\" data-branch=\"" + Text.xml(scope.label()) + "\">");
        out.append("<rect class=\"sw-branch\"" + bounds(branch) + " rx=\"6\"/>");
        text("sw-branch-label", branch.centerX(), branch.y() + 15, scope.label());
        out.append("</g>\n");
      }
    }
  }

  private void leaf(GraphNode node) {
    Box box = layout.nodes().get(node.id());
    open(node, "");
    switch (node.type()) {
      case "Choice" -> polygon(hexagon(box));
      case "Fail" -> polygon(octagon(box));
      case "Succeed" -> rect(box, box.height() / 2);
      case "Pass" -> rect(box, 14);
      case "Wait" -> {
        rect(box, 4);
        clock(box.x() + 14, box.centerY());
      }
      default -> rect(box, 4);
    }
    text("sw-name", box.centerX(), box.centerY() - 2, NodeSizes.displayName(node.name()));
    text("sw-type", box.centerX(), box.centerY() + 13, node.type());
    out.append("</g>\n");
  }

  private void marker(GraphNode node) {
    Box box = layout.nodes().get(node.id());
    out.append("<g class=\"sw-marker sw-marker-" + node.id() + "\" data-marker=\"")
        .append(node.name() + "\">");
    rect(box, box.height() / 2);
    text("sw-name", box.centerX(), box.centerY() + 4.5, node.name());
    out.append("</g>\n");
  }

  private void edge(Layout.Route route) {
    GraphEdge edge = route.edge();
    out.append("<g class=\"sw-edge-group\" data-from=\"" + Text.xml(names.get(edge.from())))
        .append(
            "\" data-to=\""
                + Text.xml(names.get(edge.to()))
                + "\"><path class=\"sw-edge sw-edge-"
                + edge.kind().cssName()
                + "\" d=\"");
    for (int i = 0; i < route.points().size(); i++) {
      Layout.Point point = route.points().get(i);
      out.append(i == 0 ? "M" : "L").append(num(point.x())).append(',').append(num(point.y()));
    }
    out.append("\" marker-end=\"url(#sw-arrow)\"/>");
    if (route.label() != null) {
      Box label = route.label();
      out.append("<rect class=\"sw-edge-label-bg\"" + bounds(label) + " rx=\"3\"/>");
      text("sw-edge-label", label.centerX(), label.y() + 11.5, edge.label());
    }
    out.append("</g>\n");
  }

  private void rect(Box box, double radius) {
    out.append("<rect class=\"sw-shape\"" + bounds(box) + " rx=\"" + num(radius) + "\"/>");
  }

  private void polygon(double[] points) {
    out.append("<polygon class=\"sw-shape\" points=\"");
    for (int i = 0; i < points.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(num(points[i])).append(',').append(num(points[i + 1]));
    }
    out.append("\"/>");
  }

  private static double[] hexagon(Box b) {
    double d = 14;
    return new double[] {
      b.x() + d,
      b.y(),
      b.right() - d,
      b.y(),
      b.right(),
      b.centerY(),
      b.right() - d,
      b.bottom(),
      b.x() + d,
      b.bottom(),
      b.x(),
      b.centerY()
    };
  }

  private static double[] octagon(Box b) {
    double d = 10;
    return new double[] {
      b.x() + d,
      b.y(),
      b.right() - d,
      b.y(),
      b.right(),
      b.y() + d,
      b.right(),
      b.bottom() - d,
      b.right() - d,
      b.bottom(),
      b.x() + d,
      b.bottom(),
      b.x(),
      b.bottom() - d,
      b.x(),
      b.y() + d
    };
  }

  /** A small clock face: what tells a Wait state apart at a glance. */
  private void clock(double cx, double cy) {
    out.append("<circle class=\"sw-glyph\" cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"6\"/>")
        .append("<path class=\"sw-glyph\" d=\"M" + num(cx) + "," + num(cy - 4))
        .append("L" + num(cx) + "," + num(cy) + "L" + num(cx + 3) + "," + num(cy) + "\"/>");
  }

  private void text(String cssClass, double x, double y, String content) {
    out.append("<text class=\"" + cssClass + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\"")
        .append(" text-anchor=\"middle\">" + Text.xml(content) + "</text>");
  }

  private static String bounds(Box box) {
    return " x=\""
        + num(box.x())
        + "\" y=\""
        + num(box.y())
        + "\" width=\""
        + num(box.width())
        + "\" height=\""
        + num(box.height())
        + "\"";
  }

  /** A coordinate with at most one decimal, the same text on every platform. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }
}
