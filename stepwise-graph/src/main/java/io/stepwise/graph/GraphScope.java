package io.stepwise.graph;

import java.util.List;

/**
 * One state machine of the graph: the top level, a Parallel branch or a Map's item processor. Its
 * edges join its own nodes only, as ASL's transitions never leave their state machine.
 *
 * @param id a safe identifier, unique in the graph ({@code root}, {@code b0}, ...)
 * @param label what the box says ({@code Branch 1}), or {@code null} when it draws no box of its
 *     own
 * @param startId the id of the node where it starts ({@code start} at the top level)
 * @param nodes its nodes in definition order
 * @param edges its edges, grouped by source in definition order
 */
record GraphScope(
    String id, String label, String startId, List<GraphNode> nodes, List<GraphEdge> edges) {

  GraphScope {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** Whether the scope is drawn as a box of its own inside its container. */
  boolean boxed() {
    return label != null;
  }
}
