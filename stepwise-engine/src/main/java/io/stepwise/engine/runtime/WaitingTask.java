package io.stepwise.engine.runtime;

/**
 * A callback ({@code .waitForTaskToken}) or activity task that waits now for SendTaskSuccess,
 * SendTaskFailure or SendTaskHeartbeat: what a console lists so that a user can answer it.
 *
 * @param taskToken the token to answer with
 * @param executionArn the execution the task belongs to
 * @param taskId the task's number within its execution
 * @param stateName the Task state that waits
 * @param resource the state's resource: an activity ARN or an integration ending {@code
 *     .waitForTaskToken}
 */
public record WaitingTask(
    String taskToken, String executionArn, long taskId, String stateName, String resource) {}
