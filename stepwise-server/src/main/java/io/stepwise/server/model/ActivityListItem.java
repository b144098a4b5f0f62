package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code ActivityListItem} structure shape. */
public record ActivityListItem(String activityArn, String name, Instant creationDate) {}
