package io.stepwise.server.model;

/** AWS's {@code Tag} structure shape; absent members are {@code null}. */
public record Tag(String key, String value) {}
