package io.stepwise.server.model;

import io.stepwise.asl.validate.Severity;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.server.protocol.Required;

/**
 * AWS's {@code ValidateStateMachineDefinitionInput} input shape; absent members are {@code null}.
 */
public record ValidateStateMachineDefinitionInput(
    @Required String definition, StateMachineType type, Severity severity, Integer maxResults) {}
