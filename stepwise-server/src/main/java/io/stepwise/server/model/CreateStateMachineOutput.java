package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code CreateStateMachineOutput} output shape; absent members are {@code null}. */
public record CreateStateMachineOutput(
    String stateMachineArn, Instant creationDate, String stateMachineVersionArn) {}
