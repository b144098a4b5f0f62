package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListStateMachineAliasesOutput} output shape; absent members are {@code null}. */
public record ListStateMachineAliasesOutput(
    List<StateMachineAliasListItem> stateMachineAliases, String nextToken) {}
