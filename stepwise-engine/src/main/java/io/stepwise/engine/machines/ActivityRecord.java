package io.stepwise.engine.machines;

import java.time.Instant;

/**
 * An activity: a named queue of tasks that workers take with GetActivityTask.
 *
 * @param activityArn {@code arn:aws:states:<region>:<account>:activity:<name>}
 * @param name its name
 * @param creationDate when it was created
 */
public record ActivityRecord(String activityArn, String name, Instant creationDate) {}
