package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DeleteActivityInput} input shape. */
public record DeleteActivityInput(@Required String activityArn) {}
