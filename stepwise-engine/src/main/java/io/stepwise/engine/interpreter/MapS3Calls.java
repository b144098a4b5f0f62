package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.task.TaskInvocation;

/**
 * A Distributed Map's own S3 calls (the ItemReader's reads, the ResultWriter's puts): invoked
 * through the task resources like a task, journaled, and re-asked after a crash, but with no Task
 * events and no test case (a Step Functions Local mock answers Task states, not the Map itself).
 */
final class MapS3Calls {
  private MapS3Calls() {}

  /** Asks for one call; the Map's frame waits for its answer. */
  static void invoke(Transition transition, Frame frame, String resource, JsonNode parameters) {
    long id = transition.execution.newId();
    frame.wait = Frame.Wait.ITEMS;
    frame.pendingId = id;
    transition.execution.waitingOn.put(id, frame);
    Command.InvokeTask invoke =
        new Command.InvokeTask(
            id,
            new TaskInvocation(
                resource,
                parameters,
                frame.stateName,
                transition.execution.info.executionArn(),
                null,
                0,
                0,
                null,
                0,
                id,
                0L));
    frame.pendingInvocation = invoke;
    transition.command(invoke);
  }
}
