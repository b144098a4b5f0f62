package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code StartSyncExecutionInput} input shape; absent members are {@code null}. */
public record StartSyncExecutionInput(
    @Required String stateMachineArn,
    String name,
    String input,
    String traceHeader,
    String includedData) {}
