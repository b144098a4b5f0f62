package io.stepwise.store.sql;

import static io.stepwise.store.sql.MachineRows.ALIAS_COLUMNS;
import static io.stepwise.store.sql.MachineRows.MACHINE_COLUMNS;
import static io.stepwise.store.sql.MachineRows.VERSION_COLUMNS;
import static io.stepwise.store.sql.SqlInstants.toNanos;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.store.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The queries of {@link SqliteStateMachineStore}: on a reader for the SPI's reads, and on the
 * writer inside a transaction when a change depends on what the store holds. Listings ask for one
 * row more than a page holds, which tells whether another page follows.
 */
final class MachineReads {
  private static final String ROUTES_TO =
      " AND EXISTS (SELECT 1 FROM json_each(routing) WHERE json_extract(value, '$."
          + RoutingJson.VERSION_ARN
          + "') = ?)";

  private MachineReads() {}

  static Optional<StateMachineRecord> machine(Connection c, String arn) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(MACHINE_COLUMNS + " WHERE arn = ?")) {
      s.setString(1, arn);
      return MachineRows.first(s, MachineRows::machine);
    }
  }

  /** State machines in name order, then ARN, after a position ({@code null} for the first). */
  static Page<StateMachineRecord> machines(
      Connection c, MachineTokens.MachinePosition after, int max) throws SQLException {
    String where = after == null ? "" : " WHERE name > ? OR (name = ? AND arn > ?)";
    try (PreparedStatement s =
        c.prepareStatement(MACHINE_COLUMNS + where + " ORDER BY name, arn LIMIT ?")) {
      int i = 1;
      if (after != null) {
        s.setString(i++, after.name());
        s.setString(i++, after.name());
        s.setString(i++, after.arn());
      }
      s.setInt(i, max + 1);
      return page(MachineRows.all(s, MachineRows::machine), max, MachineTokens::of);
    }
  }

  static Optional<StateMachineVersion> version(Connection c, String stateMachineArn, long number)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(VERSION_COLUMNS + " WHERE state_machine_arn = ? AND version = ?")) {
      s.setString(1, stateMachineArn);
      s.setLong(2, number);
      return MachineRows.first(s, MachineRows::version);
    }
  }

  /** Whether a version of this ARN belongs to this state machine. */
  static boolean hasVersion(Connection c, String stateMachineArn, String versionArn)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM state_machine_versions WHERE state_machine_arn = ? AND arn = ?")) {
      s.setString(1, stateMachineArn);
      s.setString(2, versionArn);
      return MachineRows.first(s, row -> true).isPresent();
    }
  }

  /** The newest version that froze this revision ({@code null}: the one made by creation). */
  static Optional<StateMachineVersion> versionOfRevision(
      Connection c, String stateMachineArn, String revisionId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            VERSION_COLUMNS
                + " WHERE state_machine_arn = ? AND revision_id IS ?"
                + " ORDER BY version DESC LIMIT 1")) {
      s.setString(1, stateMachineArn);
      s.setString(2, revisionId);
      return MachineRows.first(s, MachineRows::version);
    }
  }

  /** A state machine's versions, newest first, below a number ({@code null} for the first). */
  static Page<StateMachineVersion> versions(
      Connection c, String stateMachineArn, Long before, int max) throws SQLException {
    String below = before == null ? "" : " AND version < ?";
    try (PreparedStatement s =
        c.prepareStatement(
            VERSION_COLUMNS
                + " WHERE state_machine_arn = ?"
                + below
                + " ORDER BY version DESC LIMIT ?")) {
      int i = 1;
      s.setString(i++, stateMachineArn);
      if (before != null) {
        s.setLong(i++, before);
      }
      s.setInt(i, max + 1);
      return page(MachineRows.all(s, MachineRows::version), max, MachineTokens::of);
    }
  }

  static Optional<StateMachineAlias> alias(Connection c, String stateMachineArn, String name)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(ALIAS_COLUMNS + " WHERE state_machine_arn = ? AND name = ?")) {
      s.setString(1, stateMachineArn);
      s.setString(2, name);
      return MachineRows.first(s, MachineRows::alias);
    }
  }

  static int aliasCount(Connection c, String stateMachineArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*) FROM state_machine_aliases WHERE state_machine_arn = ?")) {
      s.setString(1, stateMachineArn);
      return MachineRows.first(s, row -> row.getInt(1)).orElse(0);
    }
  }

  /**
   * A state machine's aliases in creation order, then name, after a position ({@code null} for the
   * first page); only those that route to {@code routedVersionArn} unless it is {@code null}.
   */
  static Page<StateMachineAlias> aliases(
      Connection c,
      String stateMachineArn,
      String routedVersionArn,
      MachineTokens.AliasPosition after,
      int max)
      throws SQLException {
    StringBuilder sql = new StringBuilder(ALIAS_COLUMNS).append(" WHERE state_machine_arn = ?");
    if (routedVersionArn != null) {
      sql.append(ROUTES_TO);
    }
    if (after != null) {
      sql.append(" AND (creation_date > ? OR (creation_date = ? AND name > ?))");
    }
    sql.append(" ORDER BY creation_date, name LIMIT ?");
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = 1;
      s.setString(i++, stateMachineArn);
      if (routedVersionArn != null) {
        s.setString(i++, routedVersionArn);
      }
      if (after != null) {
        long created = toNanos(after.creationDate());
        s.setLong(i++, created);
        s.setLong(i++, created);
        s.setString(i++, after.name());
      }
      s.setInt(i, max + 1);
      return page(MachineRows.all(s, MachineRows::alias), max, MachineTokens::of);
    }
  }

  /** The names of a state machine's aliases that route to a version, in listing order. */
  static List<String> aliasesRoutingTo(Connection c, String stateMachineArn, String versionArn)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT name FROM state_machine_aliases WHERE state_machine_arn = ?"
                + ROUTES_TO
                + " ORDER BY creation_date, name")) {
      s.setString(1, stateMachineArn);
      s.setString(2, versionArn);
      return MachineRows.all(s, row -> row.getString(1));
    }
  }

  private static <T> Page<T> page(List<T> rows, int max, Function<T, String> token) {
    if (rows.size() <= max) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, max);
    return new Page<>(items, token.apply(items.getLast()));
  }
}
