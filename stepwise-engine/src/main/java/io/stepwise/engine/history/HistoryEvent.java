package io.stepwise.engine.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import java.time.Instant;

/**
 * One event of an execution's history, as AWS's {@code GetExecutionHistory} returns it.
 *
 * @param id this event's number, from 1, contiguous within the execution
 * @param previousEventId the event this one follows from (0 for none), as AWS links them
 * @param type the event type
 * @param timestamp when it happened, from the engine's clock
 * @param details the type's details object (the value of {@link HistoryEventType#detailsMember()});
 *     {@code null} for types without details
 */
public record HistoryEvent(
    long id, long previousEventId, HistoryEventType type, Instant timestamp, ObjectNode details) {

  /** This event in AWS's JSON shape; the timestamp as epoch seconds with milliseconds. */
  public ObjectNode toAwsJson() {
    ObjectNode node = Json.NODES.objectNode();
    // Epoch seconds with milliseconds, written as a plain decimal (1700000000.123), as AWS does.
    node.put("timestamp", java.math.BigDecimal.valueOf(timestamp.toEpochMilli(), 3));
    node.put("type", type.awsName());
    node.put("id", id);
    node.put("previousEventId", previousEventId);
    if (details != null && type.detailsMember() != null) {
      node.set(type.detailsMember(), details);
    }
    return node;
  }
}
