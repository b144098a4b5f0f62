package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code ListMapRunsInput} input shape; absent members are {@code null}. */
public record ListMapRunsInput(
    @Required String executionArn, Integer maxResults, String nextToken) {}
