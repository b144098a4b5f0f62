package io.stepwise.graph;

/** A rectangle in graph coordinates (y grows downwards). */
record Box(double x, double y, double width, double height) {

  double centerX() {
    return x + width / 2;
  }

  double centerY() {
    return y + height / 2;
  }

  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  /** Whether the two boxes share any area. */
  boolean overlaps(Box other) {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }

  /** Whether the other box lies wholly inside this one. */
  boolean contains(Box other) {
    return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
  }
}
