package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of an execution's event table.
 *
 * @param groups the filter groups the event is in, space-separated: {@code state}, {@code task},
 *     {@code error}, {@code execution}
 * @param details the event's details as indented JSON, or empty
 */
public record EventRow(
    long id,
    String type,
    String state,
    Instant timestamp,
    String elapsed,
    String groups,
    String details) {

  /** The filters the table offers, as (value, label): the groups, and all. */
  public static final List<List<String>> FILTERS =
      List.of(
          List.of("all", "All events"),
          List.of("state", "State transitions"),
          List.of("task", "Tasks"),
          List.of("error", "Errors"));

  /** The rows of a history, oldest first, of the events in {@code group} that contain {@code q}. */
  static List<EventRow> of(ExecutionHistory history, String group, String q) {
    Instant start = history.start();
    List<EventRow> rows = new ArrayList<>();
    String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    for (JsonNode event : history.events()) {
      String type = ExecutionHistory.type(event);
      JsonNode details = ExecutionHistory.details(event);
      Instant time = ExecutionHistory.timestamp(event);
      EventRow row =
          new EventRow(
              event.path("id").asLong(),
              type,
              history.stateOf(event),
              time,
              Formats.duration(start, time),
              groups(type),
              details.isMissingNode() ? "" : Formats.prettyJson(details));
      if (row.matches(group, text)) {
        rows.add(row);
      }
    }
    return rows;
  }

  private boolean matches(String group, String text) {
    boolean inGroup =
        group == null
            || group.isEmpty()
            || group.equals("all")
            || List.of(groups.split(" ")).contains(group);
    return inGroup
        && (text.isEmpty()
            || (type + " " + state + " " + details).toLowerCase(Locale.ROOT).contains(text));
  }

  private static String groups(String type) {
    List<String> groups = new ArrayList<>();
    if (type.startsWith("Execution")) {
      groups.add("execution");
    }
    if (type.endsWith("StateEntered")
        || type.endsWith("StateExited")
        || type.startsWith("MapIteration")
        || type.startsWith("MapState")
        || type.startsWith("ParallelState")
        || type.startsWith("MapRun")) {
      groups.add("state");
    }
    if (type.startsWith("Task") && !type.startsWith("TaskState")
        || type.startsWith("Activity")
        || type.startsWith("LambdaFunction")) {
      groups.add("task");
    }
    if (type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted")) {
      groups.add("error");
    }
    return String.join(" ", groups);
  }
}
