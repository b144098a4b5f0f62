package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DescribeStateMachineAliasInput} input shape; absent members are {@code null}. */
public record DescribeStateMachineAliasInput(@Required String stateMachineAliasArn) {}
