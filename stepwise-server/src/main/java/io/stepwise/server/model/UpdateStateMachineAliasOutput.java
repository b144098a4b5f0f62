package io.stepwise.server.model;

import java.time.Instant;

/** AWS's {@code UpdateStateMachineAliasOutput} output shape; absent members are {@code null}. */
public record UpdateStateMachineAliasOutput(Instant updateDate) {}
