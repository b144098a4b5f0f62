package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code ListStateMachineAliasesInput} input shape; absent members are {@code null}. */
public record ListStateMachineAliasesInput(
    @Required String stateMachineArn, String nextToken, Integer maxResults) {}
