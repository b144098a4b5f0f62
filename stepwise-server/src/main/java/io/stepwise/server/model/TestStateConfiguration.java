package io.stepwise.server.model;

/** AWS's {@code TestStateConfiguration} structure shape; absent members are {@code null}. */
public record TestStateConfiguration(
    Integer retrierRetryCount,
    String errorCausedByState,
    Integer mapIterationFailureCount,
    String mapItemReaderData) {}
