package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code UpdateStateMachineAliasInput} input shape; absent members are {@code null}. */
public record UpdateStateMachineAliasInput(
    @Required String stateMachineAliasArn,
    String description,
    List<RoutingConfigurationListItem> routingConfiguration) {}
