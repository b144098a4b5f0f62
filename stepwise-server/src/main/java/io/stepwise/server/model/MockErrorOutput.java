package io.stepwise.server.model;

/** AWS's {@code MockErrorOutput} structure shape: the error a mocked task fails with. */
public record MockErrorOutput(String error, String cause) {}
