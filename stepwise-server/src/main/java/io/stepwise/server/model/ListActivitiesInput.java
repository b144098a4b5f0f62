package io.stepwise.server.model;

/** AWS's {@code ListActivitiesInput} input shape; absent members are {@code null}. */
public record ListActivitiesInput(Integer maxResults, String nextToken) {}
