package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code StateMachineAliasListItem} structure shape; absent members are {@code null}. */
public record StateMachineAliasListItem(String stateMachineAliasArn, Instant creationDate) {}
