package io.stepwise.server.model;

import java.util.List;

/** AWS's {@code ListTagsForResourceOutput} output shape; absent members are {@code null}. */
public record ListTagsForResourceOutput(List<Tag> tags) {}
