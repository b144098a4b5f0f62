package io.stepwise.server.model;

/**
 * AWS's {@code CloudWatchEventsExecutionDataDetails} structure shape; absent members are {@code
 * null}.
 */
public record CloudWatchEventsExecutionDataDetails(Boolean included) {}
