package io.stepwise.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.server.model.DescribeExecutionInput;
import io.stepwise.server.model.DescribeExecutionOutput;
import io.stepwise.server.model.DescribeStateMachineForExecutionInput;
import io.stepwise.server.model.DescribeStateMachineForExecutionOutput;
import io.stepwise.server.model.GetExecutionHistoryInput;
import io.stepwise.server.model.GetExecutionHistoryOutput;
import java.util.List;

/**
 * An execution as the console shows it at one moment: DescribeExecution, the definition it runs
 * (DescribeStateMachineForExecution) and its whole history (every page of GetExecutionHistory).
 *
 * @param history the events oldest first; empty for Express executions, which keep none
 */
record ExecutionSnapshot(
    DescribeExecutionOutput execution, String definition, ExecutionHistory history) {

  static ExecutionSnapshot load(ConsoleApi api, String arn) {
    DescribeExecutionOutput execution =
        api.call(new DescribeExecutionInput(arn, null), DescribeExecutionOutput.class);
    String definition =
        api.call(
                new DescribeStateMachineForExecutionInput(arn, null),
                DescribeStateMachineForExecutionOutput.class)
            .definition();
    return new ExecutionSnapshot(execution, definition, new ExecutionHistory(events(api, arn)));
  }

  /** Every event, page after page; none for an execution that keeps no history (Express). */
  static List<JsonNode> events(ConsoleApi api, String arn) {
    try {
      return api.all(
          next -> new GetExecutionHistoryInput(arn, 1000, false, next, true),
          GetExecutionHistoryOutput.class,
          GetExecutionHistoryOutput::events,
          GetExecutionHistoryOutput::nextToken);
    } catch (ApiCallFailed e) {
      if (!e.code().equals("InvalidArn")) {
        throw e;
      }
      // AWS keeps no history of Express executions and refuses their ARNs here.
      return List.of();
    }
  }

  /** Whether the execution may still change: what keeps the live updates connected. */
  boolean running() {
    return summary().running();
  }

  ExecutionSummary summary() {
    return ExecutionSummary.of(execution);
  }

  /** The graph, its states coloured by the history. */
  String graph() {
    return ConsoleGraphs.svg(definition, history.asArray());
  }
}
