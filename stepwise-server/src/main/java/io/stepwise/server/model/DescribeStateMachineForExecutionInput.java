package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/**
 * AWS's {@code DescribeStateMachineForExecutionInput} input shape; absent members are {@code null}.
 */
public record DescribeStateMachineForExecutionInput(
    @Required String executionArn, String includedData) {}
