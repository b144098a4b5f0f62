package io.stepwise.store.sql;

import java.time.Instant;

/**
 * Instants as the schema stores them: nanoseconds since the epoch in one INTEGER, exact and
 * ordered, good until the year 2262.
 */
final class SqlInstants {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private SqlInstants() {}

  static long toNanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
  }

  static Instant fromNanos(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }
}
