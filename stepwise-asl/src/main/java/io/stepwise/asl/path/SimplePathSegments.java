package io.stepwise.asl.path;

import java.util.List;

/** Access to the member/index chain of a simple path, for writers such as ResultPath. */
public final class SimplePathSegments {
  private SimplePathSegments() {}

  /**
   * The chain of a path made only of names and indexes: strings are member names, integers indexes;
   * {@code null} when the path is richer than that.
   */
  public static List<Object> of(PathExpression path) {
    return path instanceof SimplePath simple ? simple.segments() : null;
  }
}
