package io.stepwise.server.model;

import io.stepwise.server.protocol.Required;

/** AWS's {@code DescribeActivityInput} input shape. */
public record DescribeActivityInput(@Required String activityArn) {}
