package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An execution's events, read as the AWS console reads them: each event belongs to the run of the
 * state it happened in (the {@code *StateEntered} event that opened it), found by following {@code
 * previousEventId}, which links each event to the one before it in the same thread of control.
 */
final class ExecutionHistory {
  private final List<JsonNode> events;
  private final Map<Long, JsonNode> byId = new HashMap<>();
  private final Map<Long, Long> openRun = new HashMap<>();
  private final Map<Long, Long> run = new HashMap<>();

  ExecutionHistory(List<JsonNode> events) {
    this.events = List.copyOf(events);
    for (JsonNode event : this.events) {
      attribute(event);
    }
  }

  List<JsonNode> events() {
    return events;
  }

  /** The events as one JSON array, as the graphs take them. */
  JsonNode asArray() {
    com.fasterxml.jackson.databind.node.ArrayNode array =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    events.forEach(array::add);
    return array;
  }

  boolean isEmpty() {
    return events.isEmpty();
  }

  /** The newest event's id, or 0 for none: what changes when the history grows. */
  long lastId() {
    return events.isEmpty() ? 0 : events.get(events.size() - 1).path("id").asLong();
  }

  /** When the execution started (its first event), or {@code null} for no history. */
  Instant start() {
    return events.isEmpty() ? null : timestamp(events.get(0));
  }

  /**
   * The {@code *StateEntered} event of the state run an event belongs to, or {@code null} for an
   * event of the execution itself.
   */
  JsonNode runOf(JsonNode event) {
    Long entered = run.get(event.path("id").asLong());
    return entered == null ? null : byId.get(entered);
  }

  /** The name of the state an event belongs to, or empty. */
  String stateOf(JsonNode event) {
    JsonNode entered = runOf(event);
    return entered == null ? "" : details(entered).path("name").asText("");
  }

  private void attribute(JsonNode event) {
    long id = event.path("id").asLong();
    byId.put(id, event);
    String type = type(event);
    Long previousOpen = openRun.get(event.path("previousEventId").asLong());
    if (type.endsWith("StateEntered")) {
      run.put(id, id);
      openRun.put(id, id);
    } else if (type.endsWith("StateExited")) {
      Long entered = previousOpen != null ? previousOpen : latestEntered(nameOf(event));
      if (entered != null) {
        run.put(id, entered);
      }
      // The next state's entered event follows from this one: nothing stays open.
    } else if (type.startsWith("Execution")) {
      // Events of the execution itself belong to no state.
    } else {
      if (previousOpen == null && type.startsWith("MapIteration")) {
        // An iteration's last event follows from its inner state's exit; its details name the Map.
        previousOpen = latestEntered(nameOf(event));
      }
      if (previousOpen != null) {
        run.put(id, previousOpen);
        openRun.put(id, previousOpen);
      }
    }
  }

  /** The newest entered event of a state of this name. */
  private Long latestEntered(String name) {
    for (int i = events.size() - 1; i >= 0; i--) {
      JsonNode candidate = events.get(i);
      if (type(candidate).endsWith("StateEntered")
          && details(candidate).path("name").asText().equals(name)
          && byId.containsKey(candidate.path("id").asLong())) {
        return candidate.path("id").asLong();
      }
    }
    return null;
  }

  private static String nameOf(JsonNode event) {
    return details(event).path("name").asText("");
  }

  static String type(JsonNode event) {
    return event.path("type").asText("");
  }

  /** The event's details object (whatever its member is called), or a missing node. */
  static JsonNode details(JsonNode event) {
    for (var it = event.properties().iterator(); it.hasNext(); ) {
      var member = it.next();
      if (member.getKey().endsWith("EventDetails")) {
        return member.getValue();
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** When an event happened (AWS writes epoch seconds with milliseconds). */
  static Instant timestamp(JsonNode event) {
    JsonNode time = event.path("timestamp");
    if (time.isMissingNode() || time.isNull()) {
      return null;
    }
    BigDecimal seconds = time.decimalValue();
    return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
  }
}
