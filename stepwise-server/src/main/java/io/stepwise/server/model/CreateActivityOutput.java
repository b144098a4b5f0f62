package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code CreateActivityOutput} output shape. */
public record CreateActivityOutput(String activityArn, Instant creationDate) {}
