package io.stepwise.store.sql;

import io.stepwise.engine.machines.ActivityRecord;
import io.stepwise.engine.machines.ActivityStore;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Activities in the SQLite file, beside executions and state machines. */
public final class SqliteActivityStore implements ActivityStore, AutoCloseable {
  private final SqliteConnections connections;
  private final StoreHold hold;

  private SqliteActivityStore(SqliteConnections connections) {
    this.connections = connections;
    this.hold =
        new StoreHold(
            connections, "the activity store is closed", "cannot close the activity store");
  }

  /**
   * Opens the store in a file, creating or migrating its schema if needed.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteActivityStore open(Path file) {
    try {
      return new SqliteActivityStore(SqliteConnections.open(file));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot open the activity store " + file, e);
    }
  }

  @Override
  public ActivityRecord createIfAbsent(ActivityRecord activity) {
    hold.checkOpen();
    try {
      return connections.write(c -> {
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT OR IGNORE INTO activities (activity_arn, name, creation_date)"
                    + " VALUES (?, ?, ?)")) {
          insert.setString(1, activity.activityArn());
          insert.setString(2, activity.name());
          insert.setLong(3, SqlInstants.toNanos(activity.creationDate()));
          insert.executeUpdate();
        }
        return find(c, activity.activityArn()).orElseThrow();
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot create activity " + activity.activityArn(), e);
    }
  }

  @Override
  public Optional<ActivityRecord> get(String activityArn) {
    hold.checkOpen();
    try {
      return connections.read(c -> find(c, activityArn));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read activity " + activityArn, e);
    }
  }

  @Override
  public List<ActivityRecord> list() {
    hold.checkOpen();
    try {
      return connections.read(c -> {
        try (PreparedStatement query =
                c.prepareStatement(
                    "SELECT activity_arn, name, creation_date FROM activities ORDER BY name");
            ResultSet rows = query.executeQuery()) {
          List<ActivityRecord> all = new ArrayList<>();
          while (rows.next()) {
            all.add(row(rows));
          }
          return all;
        }
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot list activities", e);
    }
  }

  @Override
  public boolean delete(String activityArn) {
    hold.checkOpen();
    try {
      return connections.write(c -> {
        try (PreparedStatement delete =
            c.prepareStatement("DELETE FROM activities WHERE activity_arn = ?")) {
          delete.setString(1, activityArn);
          return delete.executeUpdate() == 1;
        }
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot delete activity " + activityArn, e);
    }
  }

  private static Optional<ActivityRecord> find(java.sql.Connection c, String activityArn)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT activity_arn, name, creation_date FROM activities WHERE activity_arn = ?")) {
      query.setString(1, activityArn);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(row(rows)) : Optional.empty();
      }
    }
  }

  private static ActivityRecord row(ResultSet rows) throws SQLException {
    return new ActivityRecord(
        rows.getString(1), rows.getString(2), SqlInstants.fromNanos(rows.getLong(3)));
  }

  @Override
  public void close() {
    hold.close();
  }
}
