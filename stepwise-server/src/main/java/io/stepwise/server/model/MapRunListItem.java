package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code MapRunListItem} structure shape; absent members are {@code null}. */
public record MapRunListItem(
    String executionArn,
    String mapRunArn,
    String stateMachineArn,
    Instant startDate,
    Instant stopDate) {}
