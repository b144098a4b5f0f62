package io.stepwise.server.model;

/**
 * AWS's {@code GetActivityTaskOutput} output shape: both members {@code null} (the answer {@code
 * {}}) when no task came within the long poll.
 *
 * @param taskToken what the worker passes to SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat
 * @param input the task's input as JSON text
 */
public record GetActivityTaskOutput(String taskToken, String input) {}
