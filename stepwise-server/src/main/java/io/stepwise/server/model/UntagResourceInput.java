package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;
import java.util.List;

/** AWS's {@code UntagResourceInput} input shape; absent members are {@code null}. */
public record UntagResourceInput(@Required String resourceArn, @Required List<String> tagKeys) {}
