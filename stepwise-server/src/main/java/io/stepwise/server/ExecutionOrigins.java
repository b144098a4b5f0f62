package io.stepwise.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which version, and through which alias, each execution was started: what {@code
 * DescribeExecution} and {@code ListExecutions} answer as {@code stateMachineVersionArn} and {@code
 * stateMachineAliasArn}. The execution store does not keep these, so they are held here, in memory:
 * after a restart, executions started before it show neither.
 */
public final class ExecutionOrigins {
  /**
   * @param versionArn the version run
   * @param aliasArn the alias that chose it, or {@code null}
   */
  public record Origin(String versionArn, String aliasArn) {}

  private final Map<String, Origin> byExecution = new ConcurrentHashMap<>();

  /** Notes that an execution runs a version; nothing to note when it runs the state machine. */
  public void record(String executionArn, String versionArn, String aliasArn) {
    if (versionArn != null) {
      byExecution.put(executionArn, new Origin(versionArn, aliasArn));
    }
  }

  /** The version and alias an execution was started through, if any. */
  public Optional<Origin> of(String executionArn) {
    return Optional.ofNullable(byExecution.get(executionArn));
  }
}
