package io.stepwise.graph;

import java.util.List;

/**
 * A box of the graph: the Start or End marker, or a state. A Parallel state holds one scope per
 * branch, a Map state one for its item processor.
 *
 * @param id a safe identifier, unique in the graph ({@code start}, {@code end}, {@code s0}, ...)
 * @param name the state's name, or {@code Start} / {@code End}
 * @param type the state's {@code Type}, or {@code Start} / {@code End}
 * @param scopes the nested state machines, in definition order; empty for simple states
 */
record GraphNode(String id, String name, String type, List<GraphScope> scopes) {

  static final String START = "Start";
  static final String END = "End";

  GraphNode {
    scopes = List.copyOf(scopes);
  }

  /** Whether this is the Start or End marker rather than a state. */
  boolean isMarker() {
    return id.equals("start") || id.equals("end");
  }

  boolean isContainer() {
    return !scopes.isEmpty();
  }
}
