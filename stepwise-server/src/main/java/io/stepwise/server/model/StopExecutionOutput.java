package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code StopExecutionOutput} output shape; absent members are {@code null}. */
public record StopExecutionOutput(Instant stopDate) {}
