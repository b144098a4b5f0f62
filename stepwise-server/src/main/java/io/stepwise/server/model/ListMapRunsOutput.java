package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListMapRunsOutput} output shape; absent members are {@code null}. */
public record ListMapRunsOutput(List<MapRunListItem> mapRuns, String nextToken) {}
