package io.stepwise.server.model;

import io.stepwise.engine.run.ExecutionStatus;
import java.time.Instant;

/** AWS's {@code DescribeExecutionOutput} output shape; absent members are {@code null}. */
public record DescribeExecutionOutput(
    String executionArn,
    String stateMachineArn,
    String name,
    ExecutionStatus status,
    Instant startDate,
    Instant stopDate,
    String input,
    CloudWatchEventsExecutionDataDetails inputDetails,
    String output,
    CloudWatchEventsExecutionDataDetails outputDetails,
    String traceHeader,
    String mapRunArn,
    String error,
    String cause,
    String stateMachineVersionArn,
    String stateMachineAliasArn,
    Integer redriveCount,
    Instant redriveDate,
    String redriveStatus,
    String redriveStatusReason) {}
