package io.stepwise.server;

import io.stepwise.engine.machines.LoggingConfiguration;
import io.stepwise.engine.machines.StateMachineApiException;
import io.stepwise.engine.machines.StateMachineRegistry;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.observability.logs.LoggingResolver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which logging configuration each running execution logs by: that of the state machine or version
 * it was started from, as it was at the start. Held in memory from the start to the end, so that a
 * step costs a map look-up; an execution not held (resumed after a restart, or redriven) is looked
 * up once in the registry, through the version that started it if any.
 *
 * <p>Executions are keyed by state machine and name, which is known before the start: the runtime
 * tells listeners of the first step before {@code StartExecution} learns the execution's ARN.
 */
final class ExecutionLogging implements LoggingResolver {
  /** Parsed configurations by their JSON text: state machines share a few. */
  private static final int PARSED_LIMIT = 1_000;

  private final StateMachineRegistry registry;
  private final ExecutionOrigins origins;
  private final Map<String, LoggingConfiguration> running = new ConcurrentHashMap<>();
  private final Map<String, LoggingConfiguration> parsed = new ConcurrentHashMap<>();

  ExecutionLogging(StateMachineRegistry registry, ExecutionOrigins origins) {
    this.registry = registry;
    this.origins = origins;
  }

  /** The configuration that JSON text holds; logging off if it cannot be read. */
  LoggingConfiguration parse(String json) {
    if (json == null) {
      return LoggingConfiguration.OFF;
    }
    LoggingConfiguration known = parsed.get(json);
    if (known != null) {
      return known;
    }
    LoggingConfiguration read;
    try {
      read = LoggingConfiguration.parse(json);
    } catch (StateMachineApiException e) {
      read = LoggingConfiguration.OFF; // Stored before configurations were checked.
    }
    if (parsed.size() >= PARSED_LIMIT) {
      parsed.clear();
    }
    parsed.put(json, read);
    return read;
  }

  /** Notes how an execution about to start logs. */
  void starting(String stateMachineArn, String name, LoggingConfiguration configuration) {
    running.put(key(stateMachineArn, name), configuration);
  }

  /** Forgets an execution that did not start. */
  void notStarted(String stateMachineArn, String name) {
    running.remove(key(stateMachineArn, name));
  }

  @Override
  public LoggingConfiguration of(ExecutionRecord execution) {
    return running.computeIfAbsent(
        key(execution.stateMachineArn(), execution.name()), key -> lookUp(execution));
  }

  @Override
  public void ended(ExecutionRecord execution) {
    running.remove(key(execution.stateMachineArn(), execution.name()));
  }

  private LoggingConfiguration lookUp(ExecutionRecord execution) {
    String arn =
        origins
            .of(execution.executionArn())
            .map(ExecutionOrigins.Origin::versionArn)
            .orElse(execution.stateMachineArn());
    try {
      return parse(registry.describeStateMachine(arn).loggingConfiguration());
    } catch (StateMachineApiException e) {
      return LoggingConfiguration.OFF; // Deleted meanwhile.
    }
  }

  private static String key(String stateMachineArn, String name) {
    return stateMachineArn + '\n' + name;
  }
}
