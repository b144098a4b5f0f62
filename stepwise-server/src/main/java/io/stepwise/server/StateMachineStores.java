package io.stepwise.server;

import io.stepwise.store.sql.SqliteActivityStore;
import io.stepwise.store.sql.SqliteExecutionOrigins;
import io.stepwise.store.sql.SqliteStateMachineStore;
import io.stepwise.store.sql.SqliteTagStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that chooses where state machines, versions, aliases, activities, tags and
 * executions' origins live: in SQLite, in the same {@code stepwise.db} as Standard executions (the
 * stores share the file's connections), so that they survive a restart as executions do.
 *
 * @param machines state machines, their versions and aliases
 * @param activities activities
 * @param tags the tags of state machines, versions, aliases and activities
 * @param origins the version and alias each Standard execution was started through
 */
record StateMachineStores(
    SqliteStateMachineStore machines,
    SqliteActivityStore activities,
    SqliteTagStore tags,
    SqliteExecutionOrigins origins)
    implements AutoCloseable {

  /** Opens (creating and migrating if need be) the stores in a database file. */
  static StateMachineStores open(Path databaseFile) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      SqliteStateMachineStore machines = opened(opened, SqliteStateMachineStore.open(databaseFile));
      SqliteActivityStore activities = opened(opened, SqliteActivityStore.open(databaseFile));
      SqliteTagStore tags = opened(opened, SqliteTagStore.open(databaseFile));
      SqliteExecutionOrigins origins = opened(opened, SqliteExecutionOrigins.open(databaseFile));
      return new StateMachineStores(machines, activities, tags, origins);
    } catch (RuntimeException e) {
      RuntimeException closing = closeAll(opened.reversed());
      if (closing != null) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static <T extends AutoCloseable> T opened(List<AutoCloseable> opened, T store) {
    opened.add(store);
    return store;
  }

  /** Closes every store; the file's connections close with the last store that uses them. */
  @Override
  public void close() {
    RuntimeException failure = closeAll(List.of(origins, tags, activities, machines));
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Closes each store even when one fails.
   *
   * @return the first failure, with the later ones suppressed in it, or {@code null}
   */
  private static RuntimeException closeAll(List<AutoCloseable> stores) {
    RuntimeException failure = null;
    for (AutoCloseable store : stores) {
      try {
        store.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    return failure;
  }
}
