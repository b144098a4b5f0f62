package io.stepwise.store.sql;

import static io.stepwise.store.sql.SqlInstants.fromNanos;
import static io.stepwise.store.sql.SqlInstants.toNanos;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineStatus;
import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.run.StateMachineType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of the state machine tables and the records they hold: the column lists, reading a row into
 * a record and binding a record's values, so that reads and writes agree on one mapping.
 */
final class MachineRows {
  static final String MACHINE_COLUMNS =
      "SELECT arn, name, type, definition, role_arn, status, creation_date, revision_id,"
          + " logging_configuration, tracing_configuration, description FROM state_machines";
  static final String VERSION_COLUMNS =
      "SELECT arn, state_machine_arn, version, definition, role_arn, revision_id,"
          + " logging_configuration, tracing_configuration, description, creation_date"
          + " FROM state_machine_versions";
  static final String ALIAS_COLUMNS =
      "SELECT arn, state_machine_arn, name, description, routing, creation_date, update_date"
          + " FROM state_machine_aliases";

  /** How a row of a query becomes a record. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private MachineRows() {}

  static StateMachineRecord machine(ResultSet row) throws SQLException {
    return new StateMachineRecord(
        row.getString(1),
        row.getString(2),
        StateMachineType.valueOf(row.getString(3)),
        row.getString(4),
        row.getString(5),
        StateMachineStatus.valueOf(row.getString(6)),
        fromNanos(row.getLong(7)),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11));
  }

  static StateMachineVersion version(ResultSet row) throws SQLException {
    return new StateMachineVersion(
        row.getString(1),
        row.getString(2),
        row.getLong(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        fromNanos(row.getLong(10)));
  }

  static StateMachineAlias alias(ResultSet row) throws SQLException {
    return new StateMachineAlias(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        RoutingJson.read(row.getString(5)),
        fromNanos(row.getLong(6)),
        fromNanos(row.getLong(7)));
  }

  /** Inserts a state machine whose highest version is {@code highestVersion}. */
  static void insertMachine(Connection c, StateMachineRecord r, long highestVersion)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO state_machines (arn, name, type, definition, role_arn, status,"
                + " creation_date, revision_id, logging_configuration, tracing_configuration,"
                + " description, highest_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, r.arn());
      s.setString(2, r.name());
      s.setString(3, r.type().name());
      s.setString(4, r.definition());
      s.setString(5, r.roleArn());
      s.setString(6, r.status().name());
      s.setLong(7, toNanos(r.creationDate()));
      s.setString(8, r.revisionId());
      s.setString(9, r.loggingConfiguration());
      s.setString(10, r.tracingConfiguration());
      s.setString(11, r.description());
      s.setLong(12, highestVersion);
      s.executeUpdate();
    }
  }

  static void insertVersion(Connection c, StateMachineVersion v) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO state_machine_versions (arn, state_machine_arn, version, definition,"
                + " role_arn, revision_id, logging_configuration, tracing_configuration,"
                + " description, creation_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, v.arn());
      s.setString(2, v.stateMachineArn());
      s.setLong(3, v.version());
      s.setString(4, v.definition());
      s.setString(5, v.roleArn());
      s.setString(6, v.revisionId());
      s.setString(7, v.loggingConfiguration());
      s.setString(8, v.tracingConfiguration());
      s.setString(9, v.description());
      s.setLong(10, toNanos(v.creationDate()));
      s.executeUpdate();
    }
  }

  /** Inserts an alias, or replaces the one of the same state machine and name. */
  static void putAlias(Connection c, StateMachineAlias a) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT OR REPLACE INTO state_machine_aliases (arn, state_machine_arn, name,"
                + " description, routing, creation_date, update_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, a.arn());
      s.setString(2, a.stateMachineArn());
      s.setString(3, a.name());
      s.setString(4, a.description());
      s.setString(5, RoutingJson.write(a.routingConfiguration()));
      s.setLong(6, toNanos(a.creationDate()));
      s.setLong(7, toNanos(a.updateDate()));
      s.executeUpdate();
    }
  }

  /** Runs a prepared query and reads every row. */
  static <T> List<T> all(PreparedStatement s, RowReader<T> reader) throws SQLException {
    List<T> items = new ArrayList<>();
    try (ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        items.add(reader.read(rows));
      }
    }
    return items;
  }

  /** Runs a prepared query and reads its first row, if any. */
  static <T> Optional<T> first(PreparedStatement s, RowReader<T> reader) throws SQLException {
    try (ResultSet rows = s.executeQuery()) {
      return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
    }
  }
}
