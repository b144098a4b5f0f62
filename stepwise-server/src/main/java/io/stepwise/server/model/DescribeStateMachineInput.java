package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DescribeStateMachineInput} input shape; absent members are {@code null}. */
public record DescribeStateMachineInput(@Required String stateMachineArn, String includedData) {}
