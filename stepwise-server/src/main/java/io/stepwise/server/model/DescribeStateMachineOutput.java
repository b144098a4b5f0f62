package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;

/** AWS's {@code DescribeStateMachineOutput} output shape; absent members are {@code null}. */
public record DescribeStateMachineOutput(
    String stateMachineArn,
    String name,
    String status,
    String definition,
    String roleArn,
    StateMachineType type,
    Instant creationDate,
    JsonNode loggingConfiguration,
    JsonNode tracingConfiguration,
    String revisionId,
    String description) {}
