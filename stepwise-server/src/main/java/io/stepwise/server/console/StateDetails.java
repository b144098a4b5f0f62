package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.server.model.DescribeMapRunInput;
import io.stepwise.server.model.DescribeMapRunOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the console shows of one state of an execution, derived from the execution's history as the
 * AWS console derives it: each run's input and output, assigned variables, error and cause, each
 * attempt of its task with its timings, and a Map's iterations or map runs.
 *
 * @param type the state's {@code Type} in the definition, or empty when not found there
 * @param status the status of its latest run, or NOT_STARTED
 */
public record StateDetails(String name, String type, String status, List<StateRun> runs) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static StateDetails of(ConsoleApi api, ExecutionSnapshot snapshot, String name) {
    ExecutionHistory history = snapshot.history();
    List<StateRun> runs = new ArrayList<>();
    for (JsonNode event : history.events()) {
      if (ExecutionHistory.type(event).endsWith("StateEntered")
          && ExecutionHistory.details(event).path("name").asText().equals(name)) {
        runs.add(run(api, snapshot, event, runs.size() + 1));
      }
    }
    String status = runs.isEmpty() ? "NOT_STARTED" : runs.get(runs.size() - 1).status();
    return new StateDetails(name, typeOf(snapshot.definition(), name), status, runs);
  }

  private static StateRun run(
      ConsoleApi api, ExecutionSnapshot snapshot, JsonNode entered, int number) {
    ExecutionHistory history = snapshot.history();
    long enteredId = entered.path("id").asLong();
    List<JsonNode> events = new ArrayList<>();
    java.util.Set<Long> ids = new java.util.HashSet<>();
    JsonNode exited = null;
    JsonNode executionEnd = null;
    for (JsonNode event : history.events()) {
      JsonNode owner = history.runOf(event);
      String type = ExecutionHistory.type(event);
      if (owner != null && owner.path("id").asLong() == enteredId) {
        events.add(event);
        ids.add(event.path("id").asLong());
        if (type.endsWith("StateExited")) {
          exited = event;
        }
      } else if (type.equals("ExecutionFailed")
          && ids.contains(event.path("previousEventId").asLong())) {
        // A Fail state, or a task whose error nothing caught, ends the execution from this run.
        executionEnd = event;
      }
    }
    Failure failure = lastFailure(events, executionEnd);
    Map<String, String> assigned = new LinkedHashMap<>();
    if (exited != null) {
      ExecutionHistory.details(exited)
          .path("assignedVariables")
          .properties()
          .forEach(e -> assigned.put(e.getKey(), Formats.prettyJson(e.getValue().asText())));
    }
    return new StateRun(
        number,
        enteredId,
        ExecutionHistory.timestamp(entered),
        exited == null ? null : ExecutionHistory.timestamp(exited),
        status(snapshot, exited, failure),
        text(ExecutionHistory.details(entered).path("input")),
        exited == null ? null : text(ExecutionHistory.details(exited).path("output")),
        assigned,
        failure == null ? null : failure.error,
        failure == null ? null : failure.cause,
        attempts(events),
        iterations(events),
        mapRuns(api, events));
  }

  private record Failure(String error, String cause) {}

  private static Failure lastFailure(List<JsonNode> events, JsonNode executionEnd) {
    Failure failure = null;
    List<JsonNode> all = new ArrayList<>(events);
    if (executionEnd != null) {
      all.add(executionEnd);
    }
    for (JsonNode event : all) {
      if (ExecutionHistory.type(event).endsWith("Succeeded")) {
        failure = null; // A retry that succeeded: the error stays in the attempts, not here.
        continue;
      }
      JsonNode details = ExecutionHistory.details(event);
      if (details.has("error") || details.has("cause")) {
        failure =
            new Failure(details.path("error").asText(null), details.path("cause").asText(null));
      }
    }
    return failure;
  }

  private static String status(ExecutionSnapshot snapshot, JsonNode exited, Failure failure) {
    if (exited != null) {
      return failure == null ? "SUCCEEDED" : "CAUGHT_ERROR";
    }
    if (failure != null) {
      return "FAILED";
    }
    ExecutionStatus execution = snapshot.execution().status();
    return snapshot.running() || execution == ExecutionStatus.SUCCEEDED
        ? "RUNNING"
        : execution.name();
  }

  /** Each attempt of a task: a scheduled event opens one, a success, failure or timeout ends it. */
  private static List<StateRun.Attempt> attempts(List<JsonNode> events) {
    List<StateRun.Attempt> attempts = new ArrayList<>();
    AttemptBuilder open = null;
    for (JsonNode event : events) {
      String type = ExecutionHistory.type(event);
      String family = taskFamily(type);
      if (family == null) {
        continue;
      }
      JsonNode details = ExecutionHistory.details(event);
      String phase = type.substring(family.length());
      if (phase.equals("Scheduled")) {
        open = new AttemptBuilder(attempts.size() + 1, event, details);
      } else if (open != null && phase.equals("Started")) {
        open.started = ExecutionHistory.timestamp(event);
      } else if (open != null && !phase.equals("Submitted") && !phase.equals("Heartbeat")) {
        attempts.add(open.end(event, phase, details));
        open = null;
      } else if (open == null && phase.endsWith("Failed")) {
        // Failed before it was scheduled (ScheduleFailed, for a resource that does not exist).
        attempts.add(
            new AttemptBuilder(attempts.size() + 1, event, details).end(event, phase, details));
      }
    }
    if (open != null) {
      attempts.add(open.end(null, "Running", null));
    }
    return attempts;
  }

  private static String taskFamily(String type) {
    for (String family : List.of("Task", "Activity", "LambdaFunction")) {
      if (type.startsWith(family) && !type.startsWith("TaskState")) {
        return family;
      }
    }
    return null;
  }

  private static final class AttemptBuilder {
    final int number;
    final String resource;
    final java.time.Instant scheduled;
    java.time.Instant started;

    AttemptBuilder(int number, JsonNode event, JsonNode details) {
      this.number = number;
      String resourceType = details.path("resourceType").asText("");
      String resource = details.path("resource").asText("");
      this.resource = resourceType.isEmpty() ? resource : resourceType + ":" + resource;
      this.scheduled = ExecutionHistory.timestamp(event);
    }

    StateRun.Attempt end(JsonNode event, String phase, JsonNode details) {
      return new StateRun.Attempt(
          number,
          resource,
          scheduled,
          started,
          event == null ? null : ExecutionHistory.timestamp(event),
          phase,
          details == null ? null : details.path("error").asText(null),
          details == null ? null : details.path("cause").asText(null));
    }
  }

  private static List<StateRun.Iteration> iterations(List<JsonNode> events) {
    Map<Long, StateRun.Iteration> byIndex = new TreeMap<>();
    for (JsonNode event : events) {
      String type = ExecutionHistory.type(event);
      if (!type.startsWith("MapIteration")) {
        continue;
      }
      long index = ExecutionHistory.details(event).path("index").asLong();
      String phase = type.substring("MapIteration".length());
      StateRun.Iteration known = byIndex.get(index);
      java.time.Instant time = ExecutionHistory.timestamp(event);
      byIndex.put(
          index,
          phase.equals("Started")
              ? new StateRun.Iteration(index, "RUNNING", time, null)
              : new StateRun.Iteration(
                  index,
                  phase.toUpperCase(java.util.Locale.ROOT),
                  known == null ? null : known.started(),
                  time));
    }
    return List.copyOf(byIndex.values());
  }

  private static List<StateRun.MapRun> mapRuns(ConsoleApi api, List<JsonNode> events) {
    List<StateRun.MapRun> runs = new ArrayList<>();
    for (JsonNode event : events) {
      if (ExecutionHistory.type(event).equals("MapRunStarted")) {
        String arn = ExecutionHistory.details(event).path("mapRunArn").asText();
        DescribeMapRunOutput run =
            api.call(new DescribeMapRunInput(arn), DescribeMapRunOutput.class);
        runs.add(new StateRun.MapRun(arn, run.status(), run.itemCounts()));
      }
    }
    return runs;
  }

  /** The state's type in the definition, looking into Parallel branches and Map processors. */
  static String typeOf(String definition, String name) {
    try {
      JsonNode state = find(JSON.readTree(definition), name);
      return state == null ? "" : state.path("Type").asText("");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "";
    }
  }

  private static JsonNode find(JsonNode machine, String name) {
    JsonNode states = machine.path("States");
    if (states.has(name)) {
      return states.get(name);
    }
    for (JsonNode state : states) {
      List<JsonNode> inner = new ArrayList<>();
      state.path("Branches").forEach(inner::add);
      inner.add(state.path("ItemProcessor"));
      inner.add(state.path("Iterator"));
      for (JsonNode scope : inner) {
        JsonNode found = find(scope, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String text(JsonNode payload) {
    return payload.isMissingNode() || payload.isNull()
        ? null
        : Formats.prettyJson(payload.asText());
  }

  /** How many iterations are in each status, for a Map's summary line. */
  public static Map<String, Long> countByStatus(List<StateRun.Iteration> iterations) {
    Map<String, Long> counts = new TreeMap<>();
    for (StateRun.Iteration iteration : iterations) {
      counts.merge(iteration.status(), 1L, Long::sum);
    }
    return counts;
  }
}
