package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code RedriveExecutionOutput} output shape; absent members are {@code null}. */
public record RedriveExecutionOutput(Instant redriveDate) {}
