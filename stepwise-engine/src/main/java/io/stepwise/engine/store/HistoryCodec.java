package io.stepwise.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.time.Instant;

/** History events as JSON text (the details object only), for stores that keep them as text. */
public final class HistoryCodec {
  private HistoryCodec() {}

  /** The event's details as JSON text, or {@code null} for a type without details. */
  public static String writeDetails(HistoryEvent event) {
    return event.details() == null ? null : Json.write(event.details());
  }

  /**
   * Rebuilds an event from its stored parts.
   *
   * @throws IllegalArgumentException if the type is unknown or the details are not JSON
   */
  public static HistoryEvent read(
      long id, long previousEventId, String type, Instant timestamp, String details) {
    HistoryEventType eventType = null;
    for (HistoryEventType candidate : HistoryEventType.values()) {
      if (candidate.awsName().equals(type)) {
        eventType = candidate;
      }
    }
    if (eventType == null) {
      throw new IllegalArgumentException("unknown history event type: " + type);
    }
    ObjectNode parsed = null;
    if (details != null) {
      try {
        JsonNode node = Json.parse(details);
        parsed = (ObjectNode) node;
      } catch (JsonProcessingException | ClassCastException e) {
        throw new IllegalArgumentException("history event details are not a JSON object", e);
      }
    }
    return new HistoryEvent(id, previousEventId, eventType, timestamp, parsed);
  }
}
