package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code ListStateMachineVersionsInput} input shape; absent members are {@code null}. */
public record ListStateMachineVersionsInput(
    @Required String stateMachineArn, String nextToken, Integer maxResults) {}
