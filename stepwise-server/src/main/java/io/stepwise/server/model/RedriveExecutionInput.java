package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code RedriveExecutionInput} input shape; absent members are {@code null}. */
public record RedriveExecutionInput(@Required String executionArn, String clientToken) {}
