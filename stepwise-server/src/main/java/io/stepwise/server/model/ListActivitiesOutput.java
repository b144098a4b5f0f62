package io.stepwise.server.model;

import java.util.List;

/**
 * AWS's {@code ListActivitiesOutput} output shape; {@code nextToken} is {@code null} at the end.
 */
public record ListActivitiesOutput(List<ActivityListItem> activities, String nextToken) {}
