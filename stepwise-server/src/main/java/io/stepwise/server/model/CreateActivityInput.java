package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code CreateActivityInput} input shape; absent members are {@code null}. */
public record CreateActivityInput(
    @Required String name, List<Tag> tags, JsonNode encryptionConfiguration) {}
