package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DescribeMapRunInput} input shape. */
public record DescribeMapRunInput(@Required String mapRunArn) {}
