package io.stepwise.graph;

/**
 * The colours of each status, as AWS's console draws them: the same in the SVG's style sheet,
 * Mermaid's class definitions and Graphviz attributes.
 */
final class Palette {
  private Palette() {}

  /** The fill of a state with this status. */
  static String fill(StateStatus status) {
    return switch (status) {
      case NOT_REACHED -> "#ffffff";
      case SUCCEEDED -> "#dff3e4";
      case FAILED -> "#fde7e9";
      case CAUGHT -> "#fff0dc";
      case IN_PROGRESS -> "#e1efff";
      case CANCELLED -> "#e9ebed";
    };
  }

  /** The border of a state with this status. */
  static String stroke(StateStatus status) {
    return switch (status) {
      case NOT_REACHED -> "#aab7b8";
      case SUCCEEDED -> "#2ea043";
      case FAILED -> "#d13212";
      case CAUGHT -> "#ec7211";
      case IN_PROGRESS -> "#0972d3";
      case CANCELLED -> "#687078";
    };
  }
}
