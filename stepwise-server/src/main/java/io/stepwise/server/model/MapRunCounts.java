package io.stepwise.server.model;

/** AWS's {@code MapRunItemCounts} and {@code MapRunExecutionCounts}: the same members. */
public record MapRunCounts(
    long pending,
    long running,
    long succeeded,
    long failed,
    long timedOut,
    long aborted,
    long total,
    long resultsWritten,
    long failuresNotRedrivable,
    long pendingRedrive) {}
