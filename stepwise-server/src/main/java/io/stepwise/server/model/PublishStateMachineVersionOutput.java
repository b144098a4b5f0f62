package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code PublishStateMachineVersionOutput} output shape; absent members are {@code null}. */
public record PublishStateMachineVersionOutput(
    Instant creationDate, String stateMachineVersionArn) {}
