package io.stepwise.observability.metrics;

/**
 * Retries an assertion for a while: a step is durable, and so visible to {@code awaitEnd}, a moment
 * before listeners (the metrics) hear of it.
 */
final class Eventually {
  private Eventually() {}

  static void eventually(Runnable assertion) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(10);
      }
    }
  }
}
