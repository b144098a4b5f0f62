package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code UpdateMapRunInput} input shape; absent members are {@code null}. */
public record UpdateMapRunInput(
    @Required String mapRunArn,
    Integer maxConcurrency,
    Double toleratedFailurePercentage,
    Long toleratedFailureCount) {}
