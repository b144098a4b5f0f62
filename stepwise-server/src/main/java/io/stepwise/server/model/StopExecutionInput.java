package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code StopExecutionInput} input shape; absent members are {@code null}. */
public record StopExecutionInput(@Required String executionArn, String error, String cause) {}
