package io.stepwise.server;

import io.stepwise.store.sql.SqliteExecutionOrigins;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which version, and through which alias, each execution was started: what {@code
 * DescribeExecution} and {@code ListExecutions} answer as {@code stateMachineVersionArn} and {@code
 * stateMachineAliasArn}. The execution store does not keep these, so they are held beside it:
 * Standard executions' in the data directory's SQLite file, so that they survive a restart as the
 * executions do; Express executions' in memory, since those executions are in memory too and a
 * write to the file would slow every Express start.
 */
public final class ExecutionOrigins {
  /**
   * @param versionArn the version run
   * @param aliasArn the alias that chose it, or {@code null}
   */
  public record Origin(String versionArn, String aliasArn) {}

  private final SqliteExecutionOrigins standard;
  private final Map<String, Origin> express = new ConcurrentHashMap<>();

  /** Origins of Standard executions kept in a store that the caller opened and closes. */
  public ExecutionOrigins(SqliteExecutionOrigins standard) {
    this.standard = standard;
  }

  /** Notes that an execution runs a version; nothing to note when it runs the state machine. */
  public void record(String executionArn, String versionArn, String aliasArn) {
    if (versionArn == null) {
      return;
    }
    if (ExecutionArns.isExpress(executionArn)) {
      express.put(executionArn, new Origin(versionArn, aliasArn));
    } else {
      standard.record(executionArn, new SqliteExecutionOrigins.Origin(versionArn, aliasArn));
    }
  }

  /** The version and alias an execution was started through, if any. */
  public Optional<Origin> of(String executionArn) {
    if (ExecutionArns.isExpress(executionArn)) {
      return Optional.ofNullable(express.get(executionArn));
    }
    return standard.of(executionArn).map(o -> new Origin(o.versionArn(), o.aliasArn()));
  }
}
