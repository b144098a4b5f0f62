package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code StartSyncExecutionOutput} output shape; absent members are {@code null}. */
public record StartSyncExecutionOutput(
    String executionArn,
    String stateMachineArn,
    String name,
    Instant startDate,
    Instant stopDate,
    String status,
    String error,
    String cause,
    String input,
    CloudWatchEventsExecutionDataDetails inputDetails,
    String output,
    CloudWatchEventsExecutionDataDetails outputDetails,
    String traceHeader,
    BillingDetails billingDetails) {}
