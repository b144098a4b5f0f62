package io.stepwise.observability.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.RecordedStep;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The EventBridge events a durable step makes: {@code "Step Functions Execution Status Change"},
 * {@code RUNNING} when an execution starts or is redriven, and {@code SUCCEEDED}, {@code FAILED},
 * {@code TIMED_OUT} or {@code ABORTED} when it ends. A step can make two (an execution that ends in
 * its first step). Standard executions only: AWS sends none for Express ones.
 *
 * <p>An event's {@code id} is derived from the execution, the step and the status, so that a
 * receiver can tell a resent event from a new one.
 */
public final class StatusChanges {
  static final String DETAIL_TYPE = "Step Functions Execution Status Change";

  private StatusChanges() {}

  /** The events of a step, in order; none for most steps. */
  public static List<ObjectNode> of(RecordedStep step) {
    List<ObjectNode> events = new ArrayList<>();
    if (step.type() != StateMachineType.STANDARD) {
      return events;
    }
    ExecutionRecord execution = step.execution();
    Instant redriveDate = redriveDate(step);
    if (step.started() || redriveDate != null) {
      Instant time = redriveDate != null ? redriveDate : execution.startDate();
      events.add(event(step, ExecutionStatus.RUNNING, time, null, redriveDate));
    }
    if (step.ended()) {
      ExecutionEnd end = step.end();
      events.add(event(step, end.status(), end.stopDate(), end, redriveDate));
    }
    return events;
  }

  private static Instant redriveDate(RecordedStep step) {
    for (HistoryEvent event : step.events()) {
      if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
        return event.timestamp();
      }
    }
    return null;
  }

  private static ObjectNode event(
      RecordedStep step, ExecutionStatus status, Instant time, ExecutionEnd end, Instant redrive) {
    ExecutionRecord execution = step.execution();
    String arn = execution.executionArn();
    String[] parts = arn.split(":");
    ObjectNode event = Json.NODES.objectNode();
    event.put("version", "0");
    event.put("id", id(arn, step.sequence(), status));
    event.put("detail-type", DETAIL_TYPE);
    event.put("source", "aws.states");
    event.put("account", parts.length > 4 ? parts[4] : "");
    event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", parts.length > 3 ? parts[3] : "");
    event.putArray("resources").add(arn);
    ObjectNode detail = event.putObject("detail");
    detail.put("executionArn", arn);
    detail.put("stateMachineArn", execution.stateMachineArn());
    detail.put("name", execution.name());
    detail.put("status", status.name());
    detail.put("startDate", execution.startDate().toEpochMilli());
    if (end == null) {
      detail.putNull("stopDate");
    } else {
      detail.put("stopDate", end.stopDate().toEpochMilli());
    }
    detail.put("input", execution.input());
    detail.putObject("inputDetails").put("included", true);
    if (end != null && end.output() != null) {
      detail.put("output", end.output());
      detail.putObject("outputDetails").put("included", true);
    } else {
      detail.putNull("output");
    }
    if (end != null && end.error() != null) {
      detail.put("error", end.error());
    }
    if (end != null && end.cause() != null) {
      detail.put("cause", end.cause());
    }
    detail.put("redriveCount", execution.redriveCount());
    if (redrive != null) {
      detail.put("redriveDate", redrive.toEpochMilli());
    }
    return event;
  }

  private static String id(String executionArn, long sequence, ExecutionStatus status) {
    String key = executionArn + "#" + sequence + "#" + status.name();
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
