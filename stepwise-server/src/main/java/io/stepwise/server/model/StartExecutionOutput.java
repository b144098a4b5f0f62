package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code StartExecutionOutput} output shape; absent members are {@code null}. */
public record StartExecutionOutput(String executionArn, Instant startDate) {}
