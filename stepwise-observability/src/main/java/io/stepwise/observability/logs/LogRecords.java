package io.stepwise.observability.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import java.util.List;

/**
 * History events as Step Functions writes them to CloudWatch Logs: one JSON object per event with
 * {@code id}, {@code type}, {@code details}, {@code previous_event_id}, {@code event_timestamp}
 * (epoch milliseconds), {@code execution_arn} and {@code redrive_count}, the numbers written as
 * strings, as AWS writes them.
 */
public final class LogRecords {

  /**
   * What {@code includeExecutionData: false} leaves out of an event's details: the data that flows
   * through the execution (inputs, outputs, task parameters, assigned variables). Names, resources,
   * errors and causes stay, so that a log at {@code ERROR} still says what failed.
   */
  static final List<String> EXECUTION_DATA =
      List.of(
          "input",
          "inputDetails",
          "output",
          "outputDetails",
          "parameters",
          "assignedVariables",
          "assignedVariablesDetails");

  private LogRecords() {}

  /** One event as one line of JSON (no line break). */
  public static String line(
      HistoryEvent event, String executionArn, int redriveCount, boolean includeExecutionData) {
    ObjectNode record = Json.NODES.objectNode();
    record.put("id", Long.toString(event.id()));
    record.put("type", event.type().awsName());
    ObjectNode details =
        event.details() == null ? Json.NODES.objectNode() : event.details().deepCopy();
    if (!includeExecutionData) {
      details.remove(EXECUTION_DATA);
    }
    record.set("details", details);
    record.put("previous_event_id", Long.toString(event.previousEventId()));
    record.put("event_timestamp", Long.toString(event.timestamp().toEpochMilli()));
    record.put("execution_arn", executionArn);
    record.put("redrive_count", Integer.toString(redriveCount));
    return Json.write(record);
  }
}
