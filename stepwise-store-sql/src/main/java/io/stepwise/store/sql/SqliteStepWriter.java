package io.stepwise.store.sql;

import static io.stepwise.store.sql.SqlInstants.toNanos;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.HistoryCodec;
import io.stepwise.engine.store.JournalCodec;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.StepValidation;
import io.stepwise.engine.store.TimerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes steps through the single writer connection, each call one transaction, with statements
 * prepared once and rows sent in JDBC batches. Not thread-safe: {@link SqliteExecutionStore}
 * serializes calls.
 */
final class SqliteStepWriter implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement lastSequence;
  private final PreparedStatement findByName;
  private final PreparedStatement insertExecution;
  private final PreparedStatement insertJournal;
  private final PreparedStatement insertHistory;
  private final PreparedStatement upsertTimer;
  private final PreparedStatement deleteTimer;
  private final PreparedStatement deleteTimers;
  private final PreparedStatement updateSequence;
  private final PreparedStatement updateEnd;
  private final PreparedStatement reopen;

  SqliteStepWriter(Connection connection) throws SQLException {
    this.connection = connection;
    lastSequence =
        connection.prepareStatement("SELECT last_sequence FROM executions WHERE execution_arn = ?");
    findByName =
        connection.prepareStatement(
            "SELECT execution_arn FROM executions"
                + " WHERE execution_arn = ? OR (state_machine_arn = ? AND name = ?)");
    insertExecution =
        connection.prepareStatement(
            "INSERT INTO executions (execution_arn, state_machine_arn, name, type, definition,"
                + " input, seed, status, start_date, stop_date, output, error, cause,"
                + " redrive_count, test_case, trace_header, role_arn, last_sequence) VALUES (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    insertJournal =
        connection.prepareStatement(
            "INSERT INTO journal (execution_arn, sequence, event) VALUES (?, ?, ?)");
    insertHistory =
        connection.prepareStatement(
            "INSERT INTO history (execution_arn, event_id, previous_event_id, type, timestamp,"
                + " details) VALUES (?, ?, ?, ?, ?, ?)");
    upsertTimer =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO timers (execution_arn, timer_id, due) VALUES (?, ?, ?)");
    deleteTimer =
        connection.prepareStatement("DELETE FROM timers WHERE execution_arn = ? AND timer_id = ?");
    deleteTimers = connection.prepareStatement("DELETE FROM timers WHERE execution_arn = ?");
    updateSequence =
        connection.prepareStatement(
            "UPDATE executions SET last_sequence = ? WHERE execution_arn = ?");
    updateEnd =
        connection.prepareStatement(
            "UPDATE executions SET status = ?, stop_date = ?, output = ?, error = ?, cause = ?"
                + " WHERE execution_arn = ?");
    reopen =
        connection.prepareStatement(
            "UPDATE executions SET status = 'RUNNING', stop_date = NULL, output = NULL,"
                + " error = NULL, cause = NULL, redrive_count = redrive_count + 1"
                + " WHERE execution_arn = ? AND status <> 'RUNNING'");
  }

  /** Reopens an ended execution and writes the step that redrives it, in one transaction. */
  void redrive(StepRecord step) throws SQLException {
    try {
      StepValidation.checkSequences(List.of(step), this::lastSequence);
      reopen.setString(1, step.executionArn());
      if (reopen.executeUpdate() != 1) {
        throw new IllegalStateException(
            "Expected an ended execution to redrive, but " + step.executionArn() + " is running");
      }
      write(List.of(step));
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  /** Inserts a new execution and its start step in one transaction. */
  void create(ExecutionRecord record, StepRecord start)
      throws SQLException, ExecutionAlreadyExistsException {
    try {
      String existing = existing(record);
      if (existing != null) {
        throw new ExecutionAlreadyExistsException(existing);
      }
      insert(record);
      write(List.of(start));
      connection.commit();
    } catch (SQLException | ExecutionAlreadyExistsException | RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  /**
   * Inserts several new executions and their start steps in one transaction; a name already taken
   * (in the file, or earlier in the batch) skips that one.
   *
   * @return per creation, {@code null} or the ARN that holds its name
   */
  List<String> createAll(List<ExecutionStore.Creation> creations) throws SQLException {
    List<String> taken = new java.util.ArrayList<>(creations.size());
    try {
      for (ExecutionStore.Creation creation : creations) {
        String existing = existing(creation.record());
        if (existing != null) {
          taken.add(existing);
          continue;
        }
        insert(creation.record());
        write(List.of(creation.start()));
        taken.add(null);
      }
      connection.commit();
      return taken;
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  /** Validates every step, then writes them all in one transaction. */
  void commit(List<StepRecord> steps) throws SQLException {
    if (steps.isEmpty()) {
      return;
    }
    try {
      StepValidation.checkSequences(steps, this::lastSequence);
      write(steps);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  private String existing(ExecutionRecord record) throws SQLException {
    findByName.setString(1, record.executionArn());
    findByName.setString(2, record.stateMachineArn());
    findByName.setString(3, record.name());
    try (ResultSet rows = findByName.executeQuery()) {
      String found = null;
      while (rows.next()) {
        // Prefer the execution that holds the name: that is the one a client asked for.
        String arn = rows.getString(1);
        found = found == null || !arn.equals(record.executionArn()) ? arn : found;
      }
      return found;
    }
  }

  private void insert(ExecutionRecord record) throws SQLException {
    PreparedStatement s = insertExecution;
    s.setString(1, record.executionArn());
    s.setString(2, record.stateMachineArn());
    s.setString(3, record.name());
    s.setString(4, record.type().name());
    s.setString(5, record.definition());
    s.setString(6, record.input());
    s.setLong(7, record.seed());
    s.setString(8, record.status().name());
    s.setLong(9, toNanos(record.startDate()));
    setNanos(s, 10, record.stopDate());
    s.setString(11, record.output());
    s.setString(12, record.error());
    s.setString(13, record.cause());
    s.setInt(14, record.redriveCount());
    s.setString(15, record.testCase());
    s.setString(16, record.traceHeader());
    s.setString(17, record.roleArn());
    s.executeUpdate();
  }

  private Long lastSequence(String executionArn) {
    try {
      lastSequence.setString(1, executionArn);
      try (ResultSet rows = lastSequence.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read the journal position of " + executionArn, e);
    }
  }

  private void write(List<StepRecord> steps) throws SQLException {
    Map<String, Long> sequences = new LinkedHashMap<>();
    TimerChanges timers = new TimerChanges();
    for (StepRecord step : steps) {
      String arn = step.executionArn();
      insertJournal.setString(1, arn);
      insertJournal.setLong(2, step.sequence());
      insertJournal.setString(3, JournalCodec.write(step.input()));
      insertJournal.addBatch();
      for (HistoryEvent event : step.events()) {
        insertHistory.setString(1, arn);
        insertHistory.setLong(2, event.id());
        insertHistory.setLong(3, event.previousEventId());
        insertHistory.setString(4, event.type().awsName());
        insertHistory.setLong(5, toNanos(event.timestamp()));
        insertHistory.setString(6, HistoryCodec.writeDetails(event));
        insertHistory.addBatch();
      }
      timers.apply(step);
      sequences.put(arn, step.sequence());
      if (step.end() != null) {
        updateEnd.setString(1, step.end().status().name());
        setNanos(updateEnd, 2, step.end().stopDate());
        updateEnd.setString(3, step.end().output());
        updateEnd.setString(4, step.end().error());
        updateEnd.setString(5, step.end().cause());
        updateEnd.setString(6, arn);
        updateEnd.addBatch();
      }
    }
    for (Map.Entry<String, Long> entry : sequences.entrySet()) {
      updateSequence.setLong(1, entry.getValue());
      updateSequence.setString(2, entry.getKey());
      updateSequence.addBatch();
    }
    for (String arn : timers.cleared()) {
      deleteTimers.setString(1, arn);
      deleteTimers.addBatch();
    }
    for (Map.Entry<TimerChanges.Key, TimerRecord> change : timers.changes().entrySet()) {
      TimerRecord timer = change.getValue();
      if (timer == null) {
        deleteTimer.setString(1, change.getKey().executionArn());
        deleteTimer.setLong(2, change.getKey().timerId());
        deleteTimer.addBatch();
      } else {
        upsertTimer.setString(1, timer.executionArn());
        upsertTimer.setLong(2, timer.timerId());
        upsertTimer.setLong(3, toNanos(timer.due()));
        upsertTimer.addBatch();
      }
    }
    // Clearing an ended execution's timers must come before the changes that followed the end.
    for (PreparedStatement batch :
        List.of(
            insertJournal,
            insertHistory,
            updateEnd,
            updateSequence,
            deleteTimers,
            deleteTimer,
            upsertTimer)) {
      batch.executeBatch();
    }
  }

  private static void setNanos(PreparedStatement statement, int index, java.time.Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, toNanos(instant));
    }
  }

  private void rollback(Exception cause) {
    try {
      for (PreparedStatement s :
          List.of(
              insertJournal,
              insertHistory,
              updateEnd,
              updateSequence,
              deleteTimers,
              deleteTimer,
              upsertTimer)) {
        s.clearBatch();
      }
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement s :
        List.of(
            lastSequence,
            findByName,
            insertExecution,
            insertJournal,
            insertHistory,
            upsertTimer,
            deleteTimer,
            deleteTimers,
            updateSequence,
            updateEnd)) {
      s.close();
    }
  }
}
