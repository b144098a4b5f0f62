package io.stepwise.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Work for an activity worker, as GetActivityTask hands it out.
 *
 * @param taskToken what the worker passes to SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat
 * @param input the task's input
 */
public record ActivityTask(String taskToken, JsonNode input) {}
