package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code GetActivityTaskInput} input shape; absent members are {@code null}. */
public record GetActivityTaskInput(@Required String activityArn, String workerName) {}
