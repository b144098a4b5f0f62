package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListExecutionsOutput} output shape; absent members are {@code null}. */
public record ListExecutionsOutput(List<ExecutionListItem> executions, String nextToken) {}
