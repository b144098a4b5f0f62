package io.stepwise.server.console;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.server.model.DescribeExecutionInput;
import io.stepwise.server.model.DescribeExecutionOutput;
import io.stepwise.server.model.GetExecutionHistoryInput;
import io.stepwise.server.model.GetExecutionHistoryOutput;
import java.time.Duration;

/**
 * Waits for an execution to change: its history to grow, or its status to change. It wakes when the
 * runtime's listener says the execution recorded a step ({@link ExecutionChanges}), and looks at
 * least every {@link #INTERVAL} anyway, since a map run's child executions are recorded under their
 * parent's ARN; either way it reads the execution through the API (the newest event and the status,
 * two cheap calls), and only while a page is connected.
 */
final class HistoryWatch {
  static final Duration INTERVAL = Duration.ofSeconds(1);

  /** What was seen of an execution: the newest event's id and the status. */
  record Mark(long lastEventId, ExecutionStatus status) {}

  private final ConsoleApi api;
  private final ExecutionChanges changes;

  HistoryWatch(ConsoleApi api, ExecutionChanges changes) {
    this.api = api;
    this.changes = changes;
  }

  /** How the execution stands now. */
  Mark mark(String arn) {
    DescribeExecutionOutput execution =
        api.call(new DescribeExecutionInput(arn, null), DescribeExecutionOutput.class);
    long last = 0;
    try {
      GetExecutionHistoryOutput newest =
          api.call(
              new GetExecutionHistoryInput(arn, 1, true, null, false),
              GetExecutionHistoryOutput.class);
      last = newest.events().isEmpty() ? 0 : newest.events().get(0).path("id").asLong();
    } catch (ApiCallFailed e) {
      // An Express execution keeps no history: only its status changes.
    }
    return new Mark(last, execution.status());
  }

  /** Waits until the execution stands otherwise than {@code seen}, and says how it stands. */
  Mark awaitChange(String arn, Mark seen) throws InterruptedException {
    while (true) {
      changes.await(arn, INTERVAL);
      Mark now = mark(arn);
      if (!now.equals(seen)) {
        return now;
      }
    }
  }
}
