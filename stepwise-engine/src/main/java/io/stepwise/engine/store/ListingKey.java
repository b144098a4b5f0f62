package io.stepwise.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * Where an execution stands in {@code ListExecutions}' order: newest first by start date, then by
 * ARN descending, so that executions started in the same instant still have one fixed order. Its
 * natural order is the listing order.
 *
 * @param startDate when the execution started
 * @param executionArn its ARN
 */
public record ListingKey(Instant startDate, String executionArn) implements Comparable<ListingKey> {

  /** The key of an execution. */
  public static ListingKey of(ExecutionRecord record) {
    return new ListingKey(record.startDate(), record.executionArn());
  }

  /**
   * The key a {@link #toToken} token holds.
   *
   * @throws IllegalArgumentException if it is not such a token
   */
  public static ListingKey fromToken(String token) {
    List<String> parts = PageToken.parts(token, 3);
    try {
      Instant start =
          Instant.ofEpochSecond(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
      return new ListingKey(start, parts.get(2));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("Invalid Token: '" + token + "'", e);
    }
  }

  /** A page token for the page that starts after this key. */
  public String toToken() {
    return PageToken.of(
        Long.toString(startDate.getEpochSecond()),
        Integer.toString(startDate.getNano()),
        executionArn);
  }

  @Override
  public int compareTo(ListingKey other) {
    int byDate = other.startDate.compareTo(startDate);
    return byDate != 0 ? byDate : other.executionArn.compareTo(executionArn);
  }
}
