package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DeleteStateMachineVersionInput} input shape; absent members are {@code null}. */
public record DeleteStateMachineVersionInput(@Required String stateMachineVersionArn) {}
