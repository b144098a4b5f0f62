package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code SendTaskSuccessInput} input shape: {@code output} is JSON text. */
public record SendTaskSuccessInput(@Required String taskToken, @Required String output) {}
