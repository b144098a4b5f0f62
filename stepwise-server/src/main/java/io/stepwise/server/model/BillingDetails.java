package io.stepwise.server.model;

/** AWS's {@code BillingDetails} structure shape; absent members are {@code null}. */
public record BillingDetails(Long billedMemoryUsedInMB, Long billedDurationInMilliseconds) {}
