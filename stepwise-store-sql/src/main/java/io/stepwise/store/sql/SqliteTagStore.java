package io.stepwise.store.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * Tags by resource ARN in the SQLite file, beside executions, state machines and activities. It
 * knows nothing of the API's rules but the one that must hold atomically: a limit on the number of
 * tags a resource may have, checked in the same transaction that adds them.
 */
public final class SqliteTagStore implements AutoCloseable {
  private final SqliteConnections connections;
  private final StoreHold hold;

  private SqliteTagStore(SqliteConnections connections) {
    this.connections = connections;
    this.hold = new StoreHold(connections, "the tag store is closed", "cannot close the tag store");
  }

  /**
   * Opens the store in a file, creating or migrating its schema if needed.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteTagStore open(Path file) {
    try {
      return new SqliteTagStore(SqliteConnections.open(file));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot open the tag store " + file, e);
    }
  }

  /**
   * Adds tags to a resource, replacing the values of keys it has already (which keep their place in
   * its order), unless it would then have more than {@code maxTags}.
   *
   * @return whether the tags were added; nothing changes when they were not
   */
  public boolean tag(String resourceArn, SequencedMap<String, String> tags, int maxTags) {
    hold.checkOpen();
    try {
      return connections.write(c -> {
        SequencedMap<String, String> current = find(c, resourceArn);
        long added = tags.keySet().stream().filter(key -> !current.containsKey(key)).count();
        if (current.size() + added > maxTags) {
          return false;
        }
        try (PreparedStatement upsert =
            c.prepareStatement(
                "INSERT INTO resource_tags (resource_arn, tag_key, tag_value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (resource_arn, tag_key)"
                    + " DO UPDATE SET tag_value = excluded.tag_value")) {
          for (var tag : tags.entrySet()) {
            upsert.setString(1, resourceArn);
            upsert.setString(2, tag.getKey());
            upsert.setString(3, tag.getValue());
            upsert.addBatch();
          }
          upsert.executeBatch();
        }
        return true;
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot tag " + resourceArn, e);
    }
  }

  /** Removes a resource's tags by key; keys it lacks are ignored. */
  public void untag(String resourceArn, Collection<String> keys) {
    hold.checkOpen();
    try {
      connections.write(c -> {
        try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM resource_tags WHERE resource_arn = ? AND tag_key = ?")) {
          for (String key : keys) {
            delete.setString(1, resourceArn);
            delete.setString(2, key);
            delete.addBatch();
          }
          delete.executeBatch();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot untag " + resourceArn, e);
    }
  }

  /** A resource's tags, key to value, in the order they were first added. */
  public SequencedMap<String, String> tags(String resourceArn) {
    hold.checkOpen();
    try {
      return connections.read(c -> find(c, resourceArn));
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read the tags of " + resourceArn, e);
    }
  }

  /**
   * Forgets the tags of a deleted resource and of every resource whose ARN extends it by {@code
   * :...}: a state machine's versions ({@code <machine>:1}) and aliases ({@code <machine>:live}) go
   * with it.
   */
  public void forget(String resourceArn) {
    hold.checkOpen();
    try {
      connections.write(c -> {
        // ':' + 1 is ';', so the range holds exactly the ARNs that begin with "<arn>:", and the
        // primary key's index serves it (a LIKE would need its wildcards escaped and scan).
        try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM resource_tags WHERE resource_arn = ?"
                    + " OR (resource_arn >= ? AND resource_arn < ?)")) {
          delete.setString(1, resourceArn);
          delete.setString(2, resourceArn + ":");
          delete.setString(3, resourceArn + ";");
          delete.executeUpdate();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new SqlStoreException("cannot forget the tags of " + resourceArn, e);
    }
  }

  private static SequencedMap<String, String> find(Connection c, String resourceArn)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT tag_key, tag_value FROM resource_tags WHERE resource_arn = ? ORDER BY rowid")) {
      query.setString(1, resourceArn);
      try (ResultSet rows = query.executeQuery()) {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        while (rows.next()) {
          tags.put(rows.getString(1), rows.getString(2));
        }
        return tags;
      }
    }
  }

  @Override
  public void close() {
    hold.close();
  }
}
