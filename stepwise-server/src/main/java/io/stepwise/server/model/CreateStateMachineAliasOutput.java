package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code CreateStateMachineAliasOutput} output shape; absent members are {@code null}. */
public record CreateStateMachineAliasOutput(String stateMachineAliasArn, Instant creationDate) {}
