package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code CreateStateMachineAliasInput} input shape; absent members are {@code null}. */
public record CreateStateMachineAliasInput(
    String description,
    @Required String name,
    @Required List<RoutingConfigurationListItem> routingConfiguration) {}
