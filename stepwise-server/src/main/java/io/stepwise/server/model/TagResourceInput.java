package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code TagResourceInput} input shape; absent members are {@code null}. */
public record TagResourceInput(@Required String resourceArn, @Required List<Tag> tags) {}
