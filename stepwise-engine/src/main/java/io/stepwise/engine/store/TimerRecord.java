package io.stepwise.engine.store;

import java.time.Instant;

/**
 * A timer an execution waits on (a Wait state, a retry interval, a timeout), kept by the store so
 * that executions need not stay in memory while they wait.
 *
 * @param executionArn the execution it belongs to
 * @param timerId its id within the execution
 * @param due when it fires
 */
public record TimerRecord(String executionArn, long timerId, Instant due) {}
