package io.stepwise.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt to run a Task state's resource.
 *
 * @param resource the resource ARN as written in the state (after any JSONata evaluation)
 * @param parameters the effective parameters (JSONPath {@code Parameters} or JSONata {@code
 *     Arguments}), or the state input where there are none
 * @param stateName the Task state's name
 * @param executionArn the execution this attempt belongs to
 * @param taskToken the callback token for {@code .waitForTaskToken} resources, else {@code null}
 * @param timeoutSeconds the state's effective timeout, or 0 for none
 * @param heartbeatSeconds the state's effective heartbeat interval, or 0 for none
 * @param testCase the Step Functions Local test case the execution runs (a mock-config file's
 *     {@code TestCases} entry), or {@code null} when it runs none
 * @param stateInvocation how many times this execution invoked a Task state of this name before
 *     this attempt, from 0: retries, loops back into the state, Map iterations and Parallel
 *     branches all count, as Step Functions Local counts the attempts its mocked responses answer
 * @param taskId this attempt's id within its execution: the same when the attempt is invoked again
 *     after a restart, another for each retry, so that a resource can make its requests idempotent
 * @param scheduledEventId the id of the history event that scheduled this attempt ({@code
 *     TaskScheduled} or {@code LambdaFunctionScheduled}), or 0 where none is recorded before the
 *     invocation (activities, TestState): what names the attempt's trace span
 */
public record TaskInvocation(
    String resource,
    JsonNode parameters,
    String stateName,
    String executionArn,
    String taskToken,
    long timeoutSeconds,
    long heartbeatSeconds,
    String testCase,
    int stateInvocation,
    long taskId,
    long scheduledEventId) {}
