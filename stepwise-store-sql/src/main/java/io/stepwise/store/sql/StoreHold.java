package io.stepwise.store.sql;

import java.sql.SQLException;

/**
 * One store's hold on a file's shared {@link SqliteConnections}: open until the store closes, which
 * lets go of the connections once (they close with the last store holding them).
 */
final class StoreHold {
  private final SqliteConnections connections;
  private final String closedMessage;
  private final String closeFailure;
  private volatile boolean closed;

  /**
   * @param closedMessage what using the store after it closed says, e.g. "the tag store is closed"
   * @param closeFailure what a failure to close says, e.g. "cannot close the tag store"
   */
  StoreHold(SqliteConnections connections, String closedMessage, String closeFailure) {
    this.connections = connections;
    this.closedMessage = closedMessage;
    this.closeFailure = closeFailure;
  }

  /**
   * @throws IllegalStateException once the store has closed
   */
  void checkOpen() {
    if (closed) {
      throw new IllegalStateException(closedMessage);
    }
  }

  /**
   * Closes the store, under the write lock so that no write of its own is cut short; again: no-op.
   */
  void close() {
    connections.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      connections.close();
    } catch (SQLException e) {
      throw new SqlStoreException(closeFailure, e);
    } finally {
      connections.writeLock().unlock();
    }
  }
}
