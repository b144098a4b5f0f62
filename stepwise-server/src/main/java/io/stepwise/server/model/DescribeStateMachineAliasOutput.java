package io.stepwise.server.model;

import java.time.Instant;
import java.util.List;

/** AWS's {@code DescribeStateMachineAliasOutput} output shape; absent members are {@code null}. */
public record DescribeStateMachineAliasOutput(
    String stateMachineAliasArn,
    String name,
    String description,
    List<RoutingConfigurationListItem> routingConfiguration,
    Instant creationDate,
    Instant updateDate) {}
