package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DescribeExecutionInput} input shape; absent members are {@code null}. */
public record DescribeExecutionInput(@Required String executionArn, String includedData) {}
