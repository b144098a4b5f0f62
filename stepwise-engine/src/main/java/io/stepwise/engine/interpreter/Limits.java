package io.stepwise.engine.interpreter;

/** AWS's quotas on one execution, and the interpreter's own bound on the work of one step. */
public final class Limits {

  /** AWS fails a Standard execution whose history reaches this many events. */
  public static final int MAX_HISTORY_EVENTS = 25_000;

  /** The longest a Standard execution may run: one year. */
  public static final long STANDARD_MAX_SECONDS = 365L * 24 * 60 * 60;

  /** The longest an Express execution may run: five minutes. */
  public static final long EXPRESS_MAX_SECONDS = 5 * 60;

  /**
   * States entered in one step before the interpreter hands control back to the runtime. Large
   * enough that real executions never notice; small enough that timers stay responsive.
   */
  static final int MAX_ENTRIES_PER_STEP = 10_000;

  private Limits() {}
}
