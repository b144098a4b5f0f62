package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code StartExecutionInput} input shape; absent members are {@code null}. */
public record StartExecutionInput(
    @Required String stateMachineArn, String name, String input, String traceHeader) {}
