package io.stepwise.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Works out each state's status from AWS history events. Every {@code *StateEntered} event starts
 * an instance of a state (a state in a Map runs once per item); later events are attributed to an
 * instance by following {@code previousEventId} back, where AWS keeps that chain per branch, and
 * otherwise by name and type: AWS points some events (TaskStateAborted, EvaluationFailed,
 * ExecutionAborted) at an unrelated event.
 */
final class HistoryReplay {
  private static final Set<String> TASK_FAILURES =
      Set.of(
          "TaskFailed",
          "TaskTimedOut",
          "TaskStartFailed",
          "TaskSubmitFailed",
          "LambdaFunctionFailed",
          "LambdaFunctionTimedOut",
          "LambdaFunctionStartFailed",
          "LambdaFunctionScheduleFailed",
          "ActivityFailed",
          "ActivityTimedOut",
          "ActivityScheduleFailed");
  private static final Set<String> TASK_SUCCESSES =
      Set.of("TaskSucceeded", "LambdaFunctionSucceeded", "ActivitySucceeded");

  /** One run of one state. */
  private static final class Instance {
    final String name;
    final String type;
    boolean exited;
    boolean aborted;

    /** The last attempt of its work failed (a Task's call, or an evaluation). */
    boolean attemptFailed;

    /** A Parallel or Map state whose branch or iteration failed. */
    boolean compoundFailed;

    Instance(String name, String type) {
      this.name = name;
      this.type = type;
    }

    boolean open() {
      return !exited && !aborted;
    }

    boolean failed() {
      return attemptFailed || compoundFailed;
    }
  }

  private final Map<Long, JsonNode> byId = new HashMap<>();
  private final Map<Long, Instance> entered = new HashMap<>();
  private final List<Instance> instances = new ArrayList<>();
  private final int steps;
  private String executionEnd;

  private HistoryReplay(List<JsonNode> events) {
    for (JsonNode event : events) {
      if (event.has("id")) {
        byId.put(event.path("id").asLong(), event);
      }
    }
    this.steps = events.size() + 1;
  }

  /** Each state's status, by name, in the order the states were first entered. */
  static Map<String, StateStatus> statuses(List<JsonNode> events) {
    HistoryReplay replay = new HistoryReplay(events);
    events.forEach(replay::apply);
    return replay.result();
  }

  private void apply(JsonNode event) {
    String type = event.path("type").asText("");
    if (type.endsWith("StateEntered")) {
      Instance instance =
          new Instance(
              event.path("stateEnteredEventDetails").path("name").asText(""),
              type.substring(0, type.length() - "StateEntered".length()));
      instances.add(instance);
      entered.put(event.path("id").asLong(), instance);
    } else if (type.endsWith("StateExited")) {
      String name = event.path("stateExitedEventDetails").path("name").asText("");
      Instance instance = find(event, i -> i.name.equals(name) && i.open());
      if (instance != null) {
        instance.exited = true;
      }
    } else if (type.endsWith("StateAborted")) {
      String stateType = type.substring(0, type.length() - "StateAborted".length());
      Instance instance =
          compound(stateType)
              ? closed(event, stateType)
              : find(event, i -> i.type.equals(stateType) && i.open());
      if (instance != null) {
        instance.aborted = true;
      }
    } else if (type.equals("ParallelStateFailed") || type.equals("MapStateFailed")) {
      Instance instance = closed(event, type.substring(0, type.length() - "StateFailed".length()));
      if (instance != null) {
        instance.compoundFailed = true;
      }
    } else if (TASK_FAILURES.contains(type) || TASK_SUCCESSES.contains(type)) {
      Instance instance = find(event, i -> i.type.equals("Task") && i.open());
      if (instance != null) {
        instance.attemptFailed = TASK_FAILURES.contains(type);
      }
    } else if (type.equals("EvaluationFailed")) {
      String name = event.path("evaluationFailedEventDetails").path("state").asText("");
      Instance instance = find(event, i -> i.name.equals(name) && i.open());
      if (instance != null) {
        instance.attemptFailed = true;
      }
    } else if (type.equals("ExecutionRedriven")) {
      // A redrive runs again from where the execution failed: what did not finish starts over.
      executionEnd = null;
      instances.removeIf(instance -> !instance.exited);
    } else if (type.startsWith("Execution") && !type.equals("ExecutionStarted")) {
      executionEnd = type;
      if (type.equals("ExecutionFailed")) {
        blameIfNoneFailed(event);
      }
    }
  }

  private static boolean compound(String stateType) {
    return stateType.equals("Parallel") || stateType.equals("Map");
  }

  /**
   * The instance an event belongs to: the first along its {@code previousEventId} chain that
   * matches, else the latest entered one that matches.
   */
  private Instance find(JsonNode event, Predicate<Instance> matches) {
    JsonNode current = previous(event);
    for (int i = 0; current != null && i < steps; i++) {
      Instance instance = entered.get(current.path("id").asLong());
      if (instance != null && matches.test(instance)) {
        return instance;
      }
      current = previous(current);
    }
    return latest(matches);
  }

  /**
   * The Parallel or Map instance that a Succeeded, Failed or Aborted event of its type closes. The
   * chain runs back through its branches, which may hold Parallel or Map states of their own: each
   * closing event met on the way stands for one nested entry to skip.
   */
  private Instance closed(JsonNode event, String stateType) {
    int depth = 0;
    JsonNode current = previous(event);
    for (int i = 0; current != null && i < steps; i++) {
      String type = current.path("type").asText("");
      if (type.equals(stateType + "StateSucceeded")
          || type.equals(stateType + "StateFailed")
          || type.equals(stateType + "StateAborted")) {
        depth++;
      } else if (type.equals(stateType + "StateEntered")) {
        if (depth == 0) {
          Instance instance = entered.get(current.path("id").asLong());
          if (instance != null && instance.open()) {
            return instance;
          }
          break;
        }
        depth--;
      }
      current = previous(current);
    }
    return latest(i -> i.type.equals(stateType) && i.open() && !i.compoundFailed);
  }

  /** An execution that failed where no state shows a failure failed in the last state entered. */
  private void blameIfNoneFailed(JsonNode event) {
    boolean shown =
        instances.stream().anyMatch(i -> i.open() && (i.failed() || i.type.equals("Fail")));
    if (!shown) {
      Instance culprit = find(event, Instance::open);
      if (culprit != null) {
        culprit.attemptFailed = true;
      }
    }
  }

  private Instance latest(Predicate<Instance> matches) {
    for (int i = instances.size() - 1; i >= 0; i--) {
      if (matches.test(instances.get(i))) {
        return instances.get(i);
      }
    }
    return null;
  }

  private JsonNode previous(JsonNode event) {
    JsonNode previous = event.get("previousEventId");
    return previous == null || previous.asLong() == 0 ? null : byId.get(previous.asLong());
  }

  private Map<String, StateStatus> result() {
    Map<String, StateStatus> result = new LinkedHashMap<>();
    for (Instance instance : instances) {
      result.merge(instance.name, status(instance), StateStatus::worst);
    }
    return result;
  }

  private StateStatus status(Instance instance) {
    if (instance.type.equals("Fail")) {
      return StateStatus.FAILED;
    }
    if (instance.exited) {
      return instance.failed() ? StateStatus.CAUGHT : StateStatus.SUCCEEDED;
    }
    if (instance.aborted) {
      return instance.failed() ? StateStatus.FAILED : StateStatus.CANCELLED;
    }
    boolean running = executionEnd == null;
    if (instance.compoundFailed || (instance.attemptFailed && !running)) {
      return StateStatus.FAILED;
    }
    // Still open: running now, or cut short when the execution ended (aborted, timed out, or
    // failed elsewhere, as a sibling branch that failed).
    return running ? StateStatus.IN_PROGRESS : StateStatus.CANCELLED;
  }
}
