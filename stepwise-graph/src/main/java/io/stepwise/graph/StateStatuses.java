package io.stepwise.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an execution did in each state, by state name (names are unique in a whole state machine,
 * branches and Map processors included). States it does not name were not reached.
 */
public final class StateStatuses {
  private static final StateStatuses NONE = new StateStatuses(Map.of());

  private final Map<String, StateStatus> statuses;

  private StateStatuses(Map<String, StateStatus> statuses) {
    this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
  }

  /** No execution: every state is drawn as not reached. */
  public static StateStatuses none() {
    return NONE;
  }

  /** Given statuses, such as a console's own view of an execution. */
  public static StateStatuses of(Map<String, StateStatus> statuses) {
    return new StateStatuses(statuses);
  }

  /**
   * Statuses from an execution history, as AWS's graph inspector shows them: entered and exited is
   * SUCCEEDED, entered and still running IN_PROGRESS, failed and caught by its own Catch CAUGHT,
   * failed (or its branch or iteration failed) FAILED, cut short by an abort, a timeout or a
   * failure elsewhere CANCELLED. A state run many times (in a Map) takes its worst status.
   *
   * @param history a JSON array of events, or an object with an {@code events} array
   *     (GetExecutionHistory's output, or {@code stepwise run --json --history}'s), in AWS's event
   *     shape: {@code type}, {@code id}, {@code previousEventId}, {@code
   *     stateEnteredEventDetails.name}, ...
   * @throws GraphException when the value holds no list of events
   */
  public static StateStatuses fromHistory(JsonNode history) {
    JsonNode events = history == null ? null : history.isArray() ? history : history.get("events");
    if (events == null || !events.isArray()) {
      throw new GraphException(
          "a history is a JSON array of events or an object with an \"events\" array, but it was "
              + (history == null || history.isMissingNode() ? "nothing" : describe(history)));
    }
    List<JsonNode> list = new ArrayList<>();
    for (JsonNode event : events) {
      if (!event.isObject() || !event.path("type").isTextual()) {
        throw new GraphException(
            "history event "
                + list.size()
                + " is not an event: expected an object with a \"type\"");
      }
      list.add(event);
    }
    if (list.stream().allMatch(e -> e.path("id").canConvertToLong())) {
      // AWS lists events by id; a reverse-order listing is read in the same order.
      list.sort(Comparator.comparingLong(e -> e.path("id").asLong()));
    }
    return new StateStatuses(HistoryReplay.statuses(list));
  }

  private static String describe(JsonNode value) {
    return value.isObject()
        ? "an object without \"events\""
        : "a JSON " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The status of a state; NOT_REACHED for any state the execution did not enter. */
  public StateStatus of(String stateName) {
    return statuses.getOrDefault(stateName, StateStatus.NOT_REACHED);
  }

  /** Every state the execution entered, with its status, in the order first entered. */
  public Map<String, StateStatus> asMap() {
    return statuses;
  }

  @Override
  public String toString() {
    return "StateStatuses" + statuses;
  }
}
