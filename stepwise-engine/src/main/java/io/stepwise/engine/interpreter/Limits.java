package io.stepwise.engine.interpreter;

/**
 * The quotas an execution is held to. AWS's by default; each can be changed by configuration.
 *
 * @param maxHistoryEvents a Standard execution whose history reaches this many events fails
 * @param maxPayloadBytes the largest payload (UTF-8 JSON text) a state may pass on
 * @param standardMaxSeconds the longest a Standard execution may run
 * @param expressMaxSeconds the longest an Express execution may run
 * @param maxOpenExecutions how many Standard executions may run at once
 */
public record Limits(
    int maxHistoryEvents,
    int maxPayloadBytes,
    long standardMaxSeconds,
    long expressMaxSeconds,
    long maxOpenExecutions) {

  /** AWS's quotas: 25,000 events, 256 KiB, one year, five minutes, 1,000,000 open executions. */
  public static final Limits AWS =
      new Limits(25_000, 256 * 1024, 365L * 24 * 60 * 60, 5 * 60, 1_000_000);

  /**
   * States entered in one step before the interpreter hands control back to the runtime. Large
   * enough that real executions never notice; small enough that timers stay responsive.
   */
  static final int MAX_ENTRIES_PER_STEP = 10_000;

  /** Below these, nothing could run: an execution's first events and input must fit. */
  public Limits {
    atLeast("maxHistoryEvents", maxHistoryEvents, 10);
    atLeast("maxPayloadBytes", maxPayloadBytes, 1024);
    atLeast("standardMaxSeconds", standardMaxSeconds, 1);
    atLeast("expressMaxSeconds", expressMaxSeconds, 1);
    atLeast("maxOpenExecutions", maxOpenExecutions, 1);
  }

  private static void atLeast(String limit, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          "Expected " + limit + " of " + minimum + " or more, but it was " + value);
    }
  }
}
