package io.stepwise.graph;

/**
 * The sizes the layout reserves for nodes and labels. Text width is estimated from the character
 * count: good enough for system fonts at these sizes, and the same on every machine, so the layout
 * is deterministic.
 */
final class NodeSizes {
  /**
   * The longest name drawn in a node; longer names end with an ellipsis (the full one is in the
   * title).
   */
  static final int MAX_NAME = 28;

  static final double STATE_HEIGHT = 46;
  static final double MARKER_WIDTH = 64;
  static final double MARKER_HEIGHT = 28;
  static final double MIN_STATE_WIDTH = 120;
  static final double CONTAINER_HEADER = 40;
  static final double CONTAINER_PADDING = 14;
  static final double BRANCH_HEADER = 24;
  static final double LABEL_HEIGHT = 15;

  private NodeSizes() {}

  /** The name as drawn in a node. */
  static String displayName(String name) {
    return Text.shorten(name, MAX_NAME);
  }

  /** A state's width: its name's, plus room for the clock glyph of a Wait state. */
  static double stateWidth(String name, String type) {
    double glyph = type.equals("Wait") ? 20 : 0;
    return Math.max(MIN_STATE_WIDTH, Math.ceil(textWidth(displayName(name), 7.4)) + 36 + glyph);
  }

  /** The width of text drawn at a font size whose average character is {@code charWidth} wide. */
  static double textWidth(String text, double charWidth) {
    return text.codePointCount(0, text.length()) * charWidth;
  }

  static double edgeLabelWidth(String label) {
    return Math.ceil(textWidth(label, 6.3)) + 8;
  }
}
