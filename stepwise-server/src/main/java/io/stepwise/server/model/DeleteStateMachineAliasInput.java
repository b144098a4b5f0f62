package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DeleteStateMachineAliasInput} input shape; absent members are {@code null}. */
public record DeleteStateMachineAliasInput(@Required String stateMachineAliasArn) {}
