package io.stepwise.store.sql;

import static io.stepwise.store.sql.SqlInstants.fromNanos;
import static io.stepwise.store.sql.SqlInstants.toNanos;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.HistoryCodec;
import io.stepwise.engine.store.JournalCodec;
import io.stepwise.engine.store.ListingKey;
import io.stepwise.engine.store.Page;
import io.stepwise.engine.store.PageToken;
import io.stepwise.engine.store.TimerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The queries of {@link SqliteExecutionStore}, each run on a reader connection. */
final class SqliteReads {
  private static final String EXECUTION_COLUMNS =
      "SELECT execution_arn, state_machine_arn, name, type, definition, input, seed, status,"
          + " start_date, stop_date, output, error, cause, redrive_count, test_case,"
          + " trace_header, role_arn FROM executions";
  private static final String TIMER_COLUMNS = "SELECT execution_arn, timer_id, due FROM timers";

  private SqliteReads() {}

  static Optional<ExecutionRecord> execution(Connection c, String executionArn)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(EXECUTION_COLUMNS + " WHERE execution_arn = ?")) {
      s.setString(1, executionArn);
      return first(executions(s));
    }
  }

  static Optional<ExecutionRecord> execution(Connection c, String stateMachineArn, String name)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(EXECUTION_COLUMNS + " WHERE state_machine_arn = ? AND name = ?")) {
      s.setString(1, stateMachineArn);
      s.setString(2, name);
      return first(executions(s));
    }
  }

  static Page<ExecutionRecord> executions(
      Connection c, String stateMachineArn, ExecutionStatus status, ListingKey after, int max)
      throws SQLException {
    StringBuilder sql = new StringBuilder(EXECUTION_COLUMNS).append(" WHERE state_machine_arn = ?");
    if (status != null) {
      sql.append(" AND status = ?");
    }
    if (after != null) {
      sql.append(" AND (start_date < ? OR (start_date = ? AND execution_arn < ?))");
    }
    sql.append(" ORDER BY start_date DESC, execution_arn DESC LIMIT ?");
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = 1;
      s.setString(i++, stateMachineArn);
      if (status != null) {
        s.setString(i++, status.name());
      }
      if (after != null) {
        long start = toNanos(after.startDate());
        s.setLong(i++, start);
        s.setLong(i++, start);
        s.setString(i++, after.executionArn());
      }
      // One more than asked for tells whether another page follows.
      s.setInt(i, max + 1);
      List<ExecutionRecord> rows = executions(s);
      if (rows.size() <= max) {
        return new Page<>(rows, null);
      }
      List<ExecutionRecord> page = rows.subList(0, max);
      return new Page<>(page, ListingKey.of(page.getLast()).toToken());
    }
  }

  static List<Event> journal(Connection c, String executionArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT event FROM journal WHERE execution_arn = ? ORDER BY sequence")) {
      s.setString(1, executionArn);
      List<Event> events = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          events.add(JournalCodec.read(rows.getString(1)));
        }
      }
      return events;
    }
  }

  static Page<HistoryEvent> history(
      Connection c, String executionArn, boolean reverse, Long from, int max) throws SQLException {
    String sql =
        "SELECT event_id, previous_event_id, type, timestamp, details FROM history"
            + " WHERE execution_arn = ? AND event_id "
            + (reverse ? "< ? ORDER BY event_id DESC" : "> ? ORDER BY event_id")
            + " LIMIT ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, executionArn);
      s.setLong(2, from != null ? from : reverse ? Long.MAX_VALUE : Long.MIN_VALUE);
      s.setInt(3, max + 1);
      List<HistoryEvent> events = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          events.add(
              HistoryCodec.read(
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getString(3),
                  fromNanos(rows.getLong(4)),
                  rows.getString(5)));
        }
      }
      if (events.size() <= max) {
        return new Page<>(events, null);
      }
      List<HistoryEvent> page = events.subList(0, max);
      return new Page<>(page, PageToken.of(Long.toString(page.getLast().id())));
    }
  }

  static List<TimerRecord> dueTimers(Connection c, Instant until, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            TIMER_COLUMNS + " WHERE due <= ? ORDER BY due, execution_arn, timer_id LIMIT ?")) {
      s.setLong(1, toNanos(until));
      s.setInt(2, limit);
      return timers(s);
    }
  }

  static Optional<TimerRecord> nextTimer(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(TIMER_COLUMNS + " ORDER BY due, execution_arn, timer_id LIMIT 1")) {
      return first(timers(s));
    }
  }

  static long timerCount(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM timers");
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static List<String> runningExecutions(Connection c, String afterArn, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT execution_arn FROM executions WHERE status = 'RUNNING' AND execution_arn > ?"
                + " ORDER BY execution_arn LIMIT ?")) {
      s.setString(1, afterArn == null ? "" : afterArn);
      s.setInt(2, limit);
      List<String> arns = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          arns.add(rows.getString(1));
        }
      }
      return arns;
    }
  }

  private static List<ExecutionRecord> executions(PreparedStatement s) throws SQLException {
    List<ExecutionRecord> records = new ArrayList<>();
    try (ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        records.add(
            new ExecutionRecord(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                StateMachineType.valueOf(rows.getString(4)),
                rows.getString(5),
                rows.getString(6),
                rows.getLong(7),
                ExecutionStatus.valueOf(rows.getString(8)),
                fromNanos(rows.getLong(9)),
                nullableInstant(rows, 10),
                rows.getString(11),
                rows.getString(12),
                rows.getString(13),
                rows.getInt(14),
                rows.getString(15),
                rows.getString(16),
                rows.getString(17)));
      }
    }
    return records;
  }

  private static Instant nullableInstant(ResultSet rows, int column) throws SQLException {
    long nanos = rows.getLong(column);
    return rows.wasNull() ? null : fromNanos(nanos);
  }

  private static List<TimerRecord> timers(PreparedStatement s) throws SQLException {
    List<TimerRecord> timers = new ArrayList<>();
    try (ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        timers.add(new TimerRecord(rows.getString(1), rows.getLong(2), fromNanos(rows.getLong(3))));
      }
    }
    return timers;
  }

  private static <T> Optional<T> first(List<T> items) {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.getFirst());
  }
}
