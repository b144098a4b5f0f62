package io.stepwise.store.sql;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which version, and through which alias, each execution was started, in the SQLite file beside the
 * executions themselves. The execution store's SPI has no place for them, so they live in a table
 * of their own, keyed by execution ARN.
 */
public final class SqliteExecutionOrigins implements AutoCloseable {
  /**
   * @param versionArn the version the execution runs
   * @param aliasArn the alias that chose it, or {@code null} when it was started by version ARN
   */
  public record Origin(String versionArn, String aliasArn) {}

  private final SqliteConnections connections;
  private final StoreHold hold;

  private SqliteExecutionOrigins(SqliteConnections connections) {
    this.connections = connections;
    this.hold =
        new StoreHold(
            connections, "the execution origins are closed", "cannot close the execution origins");
  }

  /**
   * Opens the store in a file, creating or migrating its schema if needed.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteExecutionOrigins open(Path file) {
    try {
      return new SqliteExecutionOrigins(SqliteConnections.open(file));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot open the execution origins " + file, e);
    }
  }

  /**
   * Notes the version (and alias) an execution was started through. A second note for the same
   * execution, as an idempotent StartExecution makes, replaces the first.
   */
  public void record(String executionArn, Origin origin) {
    hold.checkOpen();
    try {
      connections.write(c -> {
        try (PreparedStatement upsert =
            c.prepareStatement(
                "INSERT OR REPLACE INTO execution_origins (execution_arn, version_arn, alias_arn)"
                    + " VALUES (?, ?, ?)")) {
          upsert.setString(1, executionArn);
          upsert.setString(2, origin.versionArn());
          upsert.setString(3, origin.aliasArn());
          upsert.executeUpdate();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot record the origin of " + executionArn, e);
    }
  }

  /** The version and alias an execution was started through, if it was noted. */
  public Optional<Origin> of(String executionArn) {
    hold.checkOpen();
    try {
      return connections.read(c -> {
        try (PreparedStatement query =
            c.prepareStatement(
                "SELECT version_arn, alias_arn FROM execution_origins WHERE execution_arn = ?")) {
          query.setString(1, executionArn);
          try (ResultSet rows = query.executeQuery()) {
            return rows.next()
                ? Optional.of(new Origin(rows.getString(1), rows.getString(2)))
                : Optional.empty();
          }
        }
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read the origin of " + executionArn, e);
    }
  }

  @Override
  public void close() {
    hold.close();
  }
}
