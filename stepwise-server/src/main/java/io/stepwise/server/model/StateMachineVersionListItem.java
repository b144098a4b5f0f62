package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code StateMachineVersionListItem} structure shape; absent members are {@code null}. */
public record StateMachineVersionListItem(String stateMachineVersionArn, Instant creationDate) {}
