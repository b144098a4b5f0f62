package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.server.protocol.Required;

/** AWS's {@code UpdateStateMachineInput} input shape; absent members are {@code null}. */
public record UpdateStateMachineInput(
    @Required String stateMachineArn,
    String definition,
    String roleArn,
    JsonNode loggingConfiguration,
    JsonNode tracingConfiguration,
    Boolean publish,
    String versionDescription,
    JsonNode encryptionConfiguration) {}
