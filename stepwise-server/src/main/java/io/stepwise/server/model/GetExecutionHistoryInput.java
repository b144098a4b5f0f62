package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code GetExecutionHistoryInput} input shape; absent members are {@code null}. */
public record GetExecutionHistoryInput(
    @Required String executionArn,
    Integer maxResults,
    Boolean reverseOrder,
    String nextToken,
    Boolean includeExecutionData) {}
