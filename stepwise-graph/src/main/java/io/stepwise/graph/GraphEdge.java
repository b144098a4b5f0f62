package io.stepwise.graph;

import java.util.Locale;

/**
 * A transition between two nodes of one scope.
 *
 * @param from the source node's id
 * @param to the target node's id
 * @param kind what makes the transition
 * @param label the condition, {@code Default} or the caught error names; {@code null} for none
 */
record GraphEdge(String from, String to, Kind kind, String label) {

  /** What makes a transition. */
  enum Kind {
    NEXT,
    CHOICE,
    DEFAULT,
    CATCH;

    String cssName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
