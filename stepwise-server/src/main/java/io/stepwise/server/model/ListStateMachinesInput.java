package io.stepwise.server.model;

/** AWS's {@code ListStateMachinesInput} input shape; absent members are {@code null}. */
public record ListStateMachinesInput(Integer maxResults, String nextToken) {}
