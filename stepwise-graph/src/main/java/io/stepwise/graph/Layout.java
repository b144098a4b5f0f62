package io.stepwise.graph;

import java.util.List;
import java.util.Map;

/**
 * Where everything of a graph is drawn, in absolute coordinates from the top-left corner.
 *
 * @param nodes each node's box, by node id (markers, states and containers)
 * @param scopes each boxed scope's box (Parallel branches), by scope id
 * @param edges each edge's route, in the graph's edge order
 * @param width the whole drawing's width
 * @param height the whole drawing's height
 */
record Layout(
    Map<String, Box> nodes,
    Map<String, Box> scopes,
    List<Route> edges,
    double width,
    double height) {

  /**
   * An edge's route.
   *
   * @param edge the edge
   * @param points the polyline from source to target, at least two points
   * @param label the label's box, or {@code null} for an edge without label
   */
  record Route(GraphEdge edge, List<Point> points, Box label) {}

  /** A point in graph coordinates. */
  record Point(double x, double y) {}
}
