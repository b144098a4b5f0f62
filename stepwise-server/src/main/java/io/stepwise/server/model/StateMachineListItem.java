package io.stepwise.server.model;

import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;

/** AWS's {@code StateMachineListItem} structure shape; absent members are {@code null}. */
public record StateMachineListItem(
    String stateMachineArn, String name, StateMachineType type, Instant creationDate) {}
