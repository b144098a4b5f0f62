package io.stepwise.observability.logs;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.machines.LoggingConfiguration;
import io.stepwise.engine.runtime.ExecutionListener;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RecordedStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Execution logs as Step Functions sends them to CloudWatch Logs: each history event that the
 * execution's logging level promises, as one JSON line ({@link LogRecords}) in the file of the log
 * group its state machine names ({@link LogWriter}).
 *
 * <pre>{@code
 * ExecutionLogs logs = ExecutionLogs.bind(runtime, resolver, new LogWriter(dir, null));
 * }</pre>
 */
public final class ExecutionLogs implements AutoCloseable {
  private final ExecutionRuntime runtime;
  private final LoggingResolver resolver;
  private final LogWriter writer;
  private final ExecutionListener listener = this::recorded;

  private ExecutionLogs(ExecutionRuntime runtime, LoggingResolver resolver, LogWriter writer) {
    this.runtime = runtime;
    this.resolver = resolver;
    this.writer = writer;
  }

  /** Logs what a runtime's executions do from now on; closing this closes the writer. */
  public static ExecutionLogs bind(
      ExecutionRuntime runtime, LoggingResolver resolver, LogWriter writer) {
    ExecutionLogs logs = new ExecutionLogs(runtime, resolver, writer);
    runtime.addListener(logs.listener);
    return logs;
  }

  /** The writer the lines go to. */
  public LogWriter writer() {
    return writer;
  }

  private void recorded(RecordedStep step) {
    try {
      if (!step.events().isEmpty()) {
        log(
            step.executionArn(),
            step.execution().redriveCount(),
            resolver.of(step.execution()),
            step.events());
      }
    } finally {
      if (step.ended()) {
        resolver.ended(step.execution());
      }
    }
  }

  /**
   * Logs events of an execution that the runtime does not run (a synchronous Express execution).
   */
  public void log(
      String executionArn,
      int redriveCount,
      LoggingConfiguration configuration,
      List<HistoryEvent> events) {
    if (!configuration.enabled() || configuration.logGroupName() == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (HistoryEvent event : events) {
      if (configuration.level().logs(event.type())) {
        lines.add(
            LogRecords.line(
                event, executionArn, redriveCount, configuration.includeExecutionData()));
      }
    }
    writer.write(configuration.logGroupName(), lines);
  }

  /** Stops logging, writes what is queued and closes the files. */
  @Override
  public void close() {
    runtime.removeListener(listener);
    writer.close();
  }
}
