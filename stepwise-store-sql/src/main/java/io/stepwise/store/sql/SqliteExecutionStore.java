package io.stepwise.store.sql;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.ListingKey;
import io.stepwise.engine.store.Page;
import io.stepwise.engine.store.PageToken;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.StepValidation;
import io.stepwise.engine.store.TimerRecord;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link ExecutionStore} in one SQLite file: the embedded default. Each {@link #commit} is one
 * transaction; everything committed survives the process being killed (see {@link
 * SqliteConnections} for the durability settings). Its schema is kept by Flyway migrations under
 * {@code db/migration/sqlite}, applied when the store opens.
 *
 * <p>One process at a time should open a file. Within it, a {@link SqliteStateMachineStore} may
 * open the same file: the two share one set of connections (see {@link SqliteConnections}), and
 * {@link SqliteStores} opens both at once.
 */
public final class SqliteExecutionStore implements ExecutionStore {
  private final SqliteConnections connections;
  private final SqliteStepWriter writer;
  // Shared with any other store on the same connections: they all write through one connection.
  private final ReentrantLock writeLock;
  private volatile boolean closed;

  private SqliteExecutionStore(SqliteConnections connections) throws SQLException {
    this.connections = connections;
    this.writeLock = connections.writeLock();
    writeLock.lock();
    try {
      this.writer = new SqliteStepWriter(connections.writer());
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Opens the store in a file, creating the file and its schema if needed and migrating an older
   * schema.
   *
   * @throws SqlStoreException if the file cannot be opened or migrated
   */
  public static SqliteExecutionStore open(Path file) {
    SqliteConnections connections = null;
    try {
      connections = SqliteConnections.open(file);
      return new SqliteExecutionStore(connections);
    } catch (SQLException e) {
      if (connections != null) {
        try {
          connections.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new SqlStoreException("cannot open the execution store " + file, e);
    }
  }

  @Override
  public void create(ExecutionRecord record, StepRecord start)
      throws ExecutionAlreadyExistsException {
    StepValidation.checkStart(record, start);
    writeLock.lock();
    try {
      checkOpen();
      writer.create(record, start);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot create " + record.executionArn(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public List<String> createAll(List<Creation> creations) {
    for (Creation creation : creations) {
      StepValidation.checkStart(creation.record(), creation.start());
    }
    writeLock.lock();
    try {
      checkOpen();
      return writer.createAll(creations);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot create " + creations.size() + " executions", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void commit(List<StepRecord> steps) {
    writeLock.lock();
    try {
      checkOpen();
      writer.commit(steps);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot commit " + steps.size() + " steps", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void redrive(StepRecord step) {
    writeLock.lock();
    try {
      checkOpen();
      writer.redrive(step);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot redrive " + step.executionArn(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public Optional<ExecutionRecord> execution(String executionArn) {
    return read(c -> SqliteReads.execution(c, executionArn));
  }

  @Override
  public Optional<ExecutionRecord> execution(String stateMachineArn, String name) {
    return read(c -> SqliteReads.execution(c, stateMachineArn, name));
  }

  @Override
  public Page<ExecutionRecord> executions(
      String stateMachineArn, ExecutionStatus status, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    ListingKey after = nextToken == null ? null : ListingKey.fromToken(nextToken);
    return read(c -> SqliteReads.executions(c, stateMachineArn, status, after, maxResults));
  }

  @Override
  public List<Event> journal(String executionArn) {
    return read(c -> SqliteReads.journal(c, executionArn));
  }

  @Override
  public Page<HistoryEvent> history(
      String executionArn, boolean reverse, String nextToken, int maxResults) {
    PageToken.checkMaxResults(maxResults);
    Long from = nextToken == null ? null : PageToken.number(nextToken);
    return read(c -> SqliteReads.history(c, executionArn, reverse, from, maxResults));
  }

  @Override
  public List<TimerRecord> dueTimers(Instant until, int limit) {
    return read(c -> SqliteReads.dueTimers(c, until, limit));
  }

  @Override
  public Optional<TimerRecord> nextTimer() {
    return read(SqliteReads::nextTimer);
  }

  @Override
  public long timerCount() {
    return read(SqliteReads::timerCount);
  }

  @Override
  public List<String> runningExecutions(String afterArn, int limit) {
    return read(c -> SqliteReads.runningExecutions(c, afterArn, limit));
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      writer.close();
      connections.close();
    } catch (SQLException e) {
      throw new SqlStoreException("cannot close the execution store", e);
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T read(SqliteConnections.SqlFunction<T> query) {
    checkOpen();
    try {
      return connections.read(query);
    } catch (SQLException e) {
      throw new SqlStoreException("cannot read the execution store", e);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the execution store is closed");
    }
  }
}
