package io.stepwise.engine.interpreter;

import java.util.random.RandomGenerator;

/**
 * A tiny random generator whose whole state is one {@code long}, so that it can live in an
 * execution's snapshot and replay to the same values after a restart.
 */
public final class SplitMix64 implements RandomGenerator {
  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  public long state() {
    return state;
  }

  @Override
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
