package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.runtime.WaitingTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task token that waits for an answer, as the activities page lists it: the runtime's waiting
 * task, with when it was scheduled and its timeouts read from its execution's history.
 *
 * @param since when the task was scheduled (its latest attempt), or {@code null} if not found
 * @param heartbeatSeconds the task's heartbeat interval, or {@code null} for none
 * @param timeoutSeconds the task's timeout, or {@code null} for none
 */
public record WaitingToken(
    WaitingTask task, Instant since, Long heartbeatSeconds, Long timeoutSeconds) {

  /** Whether the task is an activity's (else a {@code .waitForTaskToken} callback). */
  public boolean activity() {
    return task.resource().contains(":activity:");
  }

  static List<WaitingToken> of(ConsoleApi api, List<WaitingTask> tasks) {
    Map<String, ExecutionHistory> histories = new HashMap<>();
    List<WaitingToken> tokens = new ArrayList<>();
    for (WaitingTask task : tasks) {
      ExecutionHistory history =
          histories.computeIfAbsent(task.executionArn(), arn -> history(api, arn));
      JsonNode scheduled = null;
      for (JsonNode event : history.events()) {
        String type = ExecutionHistory.type(event);
        if ((type.equals("TaskScheduled") || type.equals("ActivityScheduled"))
            && history.stateOf(event).equals(task.stateName())) {
          scheduled = event;
        }
      }
      JsonNode details = scheduled == null ? null : ExecutionHistory.details(scheduled);
      tokens.add(
          new WaitingToken(
              task,
              scheduled == null ? null : ExecutionHistory.timestamp(scheduled),
              seconds(details, "heartbeatInSeconds"),
              seconds(details, "timeoutInSeconds")));
    }
    return tokens;
  }

  private static ExecutionHistory history(ConsoleApi api, String arn) {
    try {
      return new ExecutionHistory(ExecutionSnapshot.events(api, arn));
    } catch (ApiCallFailed e) {
      return new ExecutionHistory(List.of()); // It ended meanwhile, or keeps no history.
    }
  }

  private static Long seconds(JsonNode details, String member) {
    return details == null || !details.hasNonNull(member) ? null : details.get(member).asLong();
  }
}
