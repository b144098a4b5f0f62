package io.stepwise.graph;

import java.util.Locale;

/** What an execution did in a state, as AWS's graph inspector colours it. */
public enum StateStatus {
  NOT_REACHED(0),
  IN_PROGRESS(2),
  SUCCEEDED(1),
  FAILED(5),
  CAUGHT(3),
  CANCELLED(4);

  /** How telling the status is when a state ran many times (Map iterations): higher wins. */
  private final int rank;

  StateStatus(int rank) {
    this.rank = rank;
  }

  /** The lower-case, dashed form used in CSS classes: {@code in-progress}, {@code not-reached}. */
  public String cssName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The words for people and screen readers: {@code in progress}. */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The worse of two statuses of one state: FAILED over CANCELLED over CAUGHT over IN_PROGRESS over
   * SUCCEEDED over NOT_REACHED.
   */
  public StateStatus worst(StateStatus other) {
    return other.rank > rank ? other : this;
  }
}
