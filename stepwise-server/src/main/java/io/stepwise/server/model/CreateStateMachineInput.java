package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code CreateStateMachineInput} input shape; absent members are {@code null}. */
public record CreateStateMachineInput(
    @Required String name,
    @Required String definition,
    @Required String roleArn,
    StateMachineType type,
    JsonNode loggingConfiguration,
    List<Tag> tags,
    JsonNode tracingConfiguration,
    Boolean publish,
    String versionDescription,
    JsonNode encryptionConfiguration) {}
