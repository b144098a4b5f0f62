package io.stepwise.server;

import io.stepwise.store.sql.SqliteActivityStore;
import io.stepwise.store.sql.SqliteStateMachineStore;
import java.nio.file.Path;

/**
 * The one place that chooses where state machines, versions, aliases and activities live: in
 * SQLite, in the same {@code stepwise.db} as Standard executions (the stores share the file's
 * connections), so that they survive a restart as executions do.
 *
 * @param machines state machines, their versions and aliases
 * @param activities activities
 */
record StateMachineStores(SqliteStateMachineStore machines, SqliteActivityStore activities)
    implements AutoCloseable {

  /** Opens (creating and migrating if need be) the stores in a database file. */
  static StateMachineStores open(Path databaseFile) {
    SqliteStateMachineStore machines = SqliteStateMachineStore.open(databaseFile);
    try {
      return new StateMachineStores(machines, SqliteActivityStore.open(databaseFile));
    } catch (RuntimeException e) {
      machines.close();
      throw e;
    }
  }

  /** Closes both stores; the file's connections close with the last store that uses them. */
  @Override
  public void close() {
    try {
      machines.close();
    } finally {
      activities.close();
    }
  }
}
