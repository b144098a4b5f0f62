package io.stepwise.store.sql;

import java.nio.file.Path;

/**
 * Both SQLite stores on one file, as a server with a data directory wires them: they share one set
 * of connections (one writer, one reader pool) and one schema. Opening the two stores separately on
 * the same file gives the same sharing; this only saves the caller opening and closing two things.
 */
public final class SqliteStores implements AutoCloseable {
  private final SqliteExecutionStore executions;
  private final SqliteStateMachineStore stateMachines;

  private SqliteStores(SqliteExecutionStore executions, SqliteStateMachineStore stateMachines) {
    this.executions = executions;
    this.stateMachines = stateMachines;
  }

  /**
   * Opens both stores in a file, creating the file and its schema if needed.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteStores open(Path file) {
    SqliteExecutionStore executions = SqliteExecutionStore.open(file);
    try {
      return new SqliteStores(executions, SqliteStateMachineStore.open(file));
    } catch (RuntimeException e) {
      try {
        executions.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Executions, their histories and timers. */
  public SqliteExecutionStore executions() {
    return executions;
  }

  /** State machines, versions and aliases. */
  public SqliteStateMachineStore stateMachines() {
    return stateMachines;
  }

  /** Closes both stores, and with them the file. */
  @Override
  public void close() {
    try {
      stateMachines.close();
    } finally {
      executions.close();
    }
  }
}
