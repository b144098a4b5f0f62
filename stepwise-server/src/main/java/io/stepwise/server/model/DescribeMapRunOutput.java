package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code DescribeMapRunOutput} output shape; absent members are {@code null}. */
public record DescribeMapRunOutput(
    String mapRunArn,
    String executionArn,
    String status,
    Instant startDate,
    Instant stopDate,
    int maxConcurrency,
    double toleratedFailurePercentage,
    long toleratedFailureCount,
    MapRunCounts itemCounts,
    MapRunCounts executionCounts,
    int redriveCount,
    Instant redriveDate) {}
