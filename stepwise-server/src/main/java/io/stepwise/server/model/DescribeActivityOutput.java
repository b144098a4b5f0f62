package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code DescribeActivityOutput} output shape, without an encryption configuration. */
public record DescribeActivityOutput(String activityArn, String name, Instant creationDate) {}
