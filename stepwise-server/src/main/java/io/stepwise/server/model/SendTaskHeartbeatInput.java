package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code SendTaskHeartbeatInput} input shape. */
public record SendTaskHeartbeatInput(@Required String taskToken) {}
