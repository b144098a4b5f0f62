package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code PublishStateMachineVersionInput} input shape; absent members are {@code null}. */
public record PublishStateMachineVersionInput(
    @Required String stateMachineArn, String revisionId, String description) {}
