package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code SendTaskFailureInput} input shape; absent members are {@code null}. */
public record SendTaskFailureInput(@Required String taskToken, String error, String cause) {}
