package io.stepwise.engine.runtime;

/**
 * The engine's health at a moment, for metrics: how the durable store keeps up, how much waits.
 *
 * @param openExecutions Standard executions running (in memory or waiting in the store)
 * @param liveExecutions executions held in memory now (those waiting only on timers are not)
 * @param commits group commits of the Standard store so far
 * @param committedSteps steps (and starts) those commits carried: their ratio is the batch size
 * @param commitNanos time spent in those commits, in nanoseconds
 * @param waitingCommits steps queued for the next commit now: work ready but not yet durable
 * @param reinvokedTasks task invocations issued again after recoveries (at-least-once)
 */
public record RuntimeStats(
    long openExecutions,
    int liveExecutions,
    long commits,
    long committedSteps,
    long commitNanos,
    int waitingCommits,
    long reinvokedTasks) {}
