package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListStateMachinesOutput} output shape; absent members are {@code null}. */
public record ListStateMachinesOutput(List<StateMachineListItem> stateMachines, String nextToken) {}
