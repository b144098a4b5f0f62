package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code UpdateStateMachineOutput} output shape; absent members are {@code null}. */
public record UpdateStateMachineOutput(
    Instant updateDate, String revisionId, String stateMachineVersionArn) {}
