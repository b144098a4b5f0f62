package io.stepwise.server.model;

/** AWS's {@code UpdateMapRunOutput}: an empty structure. */
public record UpdateMapRunOutput() {}
