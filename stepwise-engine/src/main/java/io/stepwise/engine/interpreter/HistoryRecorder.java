package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers history events and links each to the one it follows from, as AWS does: an event's {@code
 * previousEventId} is the latest event of the same thread of control (frame).
 */
final class HistoryRecorder {

  private final boolean enabled;
  private long lastId;
  private List<HistoryEvent> pending = new ArrayList<>();

  /**
   * @param lastId the id of the last event already recorded
   * @param enabled whether events are kept; without history (Express executions without logging),
   *     ids are still counted, since error messages name them
   */
  HistoryRecorder(long lastId, boolean enabled) {
    this.lastId = lastId;
    this.enabled = enabled;
  }

  /** Whether events are kept: callers skip building details that nobody will read. */
  boolean enabled() {
    return enabled;
  }

  long lastId() {
    return lastId;
  }

  /** Records an event in a frame's thread; returns its id. */
  long record(Frame frame, HistoryEventType type, Instant time, ObjectNode details) {
    if (frame != null && frame.childExecution != null && frame.childExecution.history != this) {
      // A frame of a child workflow execution: its events are the child's, numbered there.
      return frame.childExecution.history.record(frame, type, time, details);
    }
    long previous = frame == null ? 0 : frame.lastEventId;
    long id = ++lastId;
    if (enabled) {
      pending.add(new HistoryEvent(id, previous, type, time, details));
    }
    if (frame != null && advancesThread(type)) {
      frame.lastEventId = id;
    }
    return id;
  }

  /** The events kept and not yet drained: a child execution's whole history. */
  List<HistoryEvent> kept() {
    return List.copyOf(pending);
  }

  /** Takes the events recorded since the last call. */
  List<HistoryEvent> drain() {
    List<HistoryEvent> out = pending;
    pending = new ArrayList<>();
    return out;
  }

  /**
   * AWS links the event after an iteration's or a state's success to the event before it, as if the
   * success marker were a side note; everything else moves the thread on.
   */
  private static boolean advancesThread(HistoryEventType type) {
    return switch (type) {
      case MAP_ITERATION_SUCCEEDED,
          MAP_ITERATION_FAILED,
          MAP_STATE_SUCCEEDED,
          PARALLEL_STATE_SUCCEEDED ->
          false;
      default -> true;
    };
  }

  static ObjectNode details() {
    return Json.NODES.objectNode();
  }

  /** AWS writes payloads into history as JSON text. */
  static void putPayload(ObjectNode details, String field, JsonNode payload) {
    putPayloadText(details, field, PayloadTexts.of(payload));
  }

  static void putPayloadText(ObjectNode details, String field, String text) {
    details.put(field, text);
    ObjectNode truncated = details.putObject(field + "Details");
    truncated.put("truncated", false);
  }
}
