package io.stepwise.server.console;

import java.time.Instant;

/**
 * A published version of a state machine, as its pages list it.
 *
 * @param arn the version's ARN
 * @param number its version number
 * @param description what the user wrote when publishing it, or {@code null}
 * @param created when it was published
 */
public record PublishedVersion(String arn, String number, String description, Instant created) {}
