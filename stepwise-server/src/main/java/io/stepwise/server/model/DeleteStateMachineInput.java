package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DeleteStateMachineInput} input shape; absent members are {@code null}. */
public record DeleteStateMachineInput(@Required String stateMachineArn) {}
