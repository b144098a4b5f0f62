package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code RoutingConfigurationListItem} structure shape; absent members are {@code null}. */
public record RoutingConfigurationListItem(
    @Required String stateMachineVersionArn, @Required Integer weight) {}
