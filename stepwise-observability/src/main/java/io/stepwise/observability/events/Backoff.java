package io.stepwise.observability.events;

import java.time.Duration;

/**
 * How often and how patiently an event is tried: {@code attempts} tries at most, the first retry
 * after {@code first}, each next one after twice the last wait, never more than {@code max}.
 */
public record Backoff(int attempts, Duration first, Duration max) {

  /** Six attempts, waiting 1, 2, 4, 8 and 16 seconds between them (32 at most). */
  public static final Backoff DEFAULT =
      new Backoff(6, Duration.ofSeconds(1), Duration.ofSeconds(32));

  public Backoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("Expected 1 attempt or more, but it was " + attempts);
    }
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "Expected 0 <= first <= max, but they were " + first + " and " + max);
    }
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration before(int retry) {
    Duration wait = first;
    for (int i = 1; i < retry && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
