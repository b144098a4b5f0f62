package io.stepwise.server.model;

import io.stepwise.engine.run.ExecutionStatus;

/** AWS's {@code ListExecutionsInput} input shape; absent members are {@code null}. */
public record ListExecutionsInput(
    String stateMachineArn,
    ExecutionStatus statusFilter,
    Integer maxResults,
    String nextToken,
    String mapRunArn,
    String redriveFilter) {}
