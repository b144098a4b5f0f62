package io.stepwise.asl.model;

import java.util.List;

/**
 * One {@code Retry} entry.
 *
 * @param errorEquals the error names it matches
 * @param intervalSeconds seconds before the first retry (default 1)
 * @param maxAttempts retries at most (default 3; 0 never retries)
 * @param backoffRate the multiplier of the interval per retry (default 2.0)
 * @param maxDelaySeconds the cap on any interval, or {@code null}
 * @param jitter FULL or NONE (default NONE)
 */
public record Retrier(
    List<String> errorEquals,
    long intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Long maxDelaySeconds,
    JitterStrategy jitter) {

  public enum JitterStrategy {
    FULL,
    NONE
  }

  public Retrier {
    errorEquals = List.copyOf(errorEquals);
  }
}
