package io.stepwise.engine.machines;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/** A random generator whose bounded rolls are given in advance, for deterministic routing. */
final class FixedRolls implements RandomGenerator {
  private final Deque<Integer> rolls;

  FixedRolls(Integer... rolls) {
    this.rolls = new ArrayDeque<>(List.of(rolls));
  }

  @Override
  public int nextInt(int bound) {
    int roll = rolls.removeFirst();
    if (roll < 0 || roll >= bound) {
      throw new IllegalArgumentException("roll " + roll + " is out of [0, " + bound + ")");
    }
    return roll;
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("only bounded rolls are given");
  }
}
