package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code ListTagsForResourceInput} input shape; absent members are {@code null}. */
public record ListTagsForResourceInput(@Required String resourceArn) {}
