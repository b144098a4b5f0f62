package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListStateMachineVersionsOutput} output shape; absent members are {@code null}. */
public record ListStateMachineVersionsOutput(
    List<StateMachineVersionListItem> stateMachineVersions, String nextToken) {}
