package io.stepwise.store.sql;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The connections to one SQLite file: a single writer (SQLite allows one writer at a time, so a
 * second writer connection would only wait on locks) and a small pool of readers, which WAL mode
 * lets read while the writer writes.
 *
 * <p>Durability: WAL with {@code synchronous=NORMAL}. A transaction is in the WAL file when its
 * commit returns, so it survives the process being killed (the operating system still holds the
 * written pages); only a power loss or an operating system crash can lose the last transactions,
 * which the store does not promise to survive. {@code FULL} would add an fsync to every commit and
 * divide throughput for no gain against {@code kill -9}.
 *
 * <p>One set per file and process: the SQLite driver opens the writer's next {@code BEGIN
 * IMMEDIATE} as soon as a transaction commits, so an idle writer still holds the file's write lock
 * and a second writer on the same file would wait for it forever. {@link #open} therefore hands
 * every store that opens a file (an execution store, a state machine store) the same connections;
 * each store {@link #close() closes} them once, and they close with the last. The stores serialize
 * their use of the writer with {@link #writeLock()}.
 */
final class SqliteConnections implements AutoCloseable {
  static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int READERS = 4;

  // The open connection sets by file, and how many stores use each. Opening and closing are rare,
  // so one lock for all files keeps it simple; it also serializes migrations.
  private static final ReentrantLock REGISTRY = new ReentrantLock();
  private static final Map<Path, SqliteConnections> OPEN = new HashMap<>();

  private final Path key;
  private final Connection writer;
  private final List<Connection> readers = new ArrayList<>();
  private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
  // A lock rather than synchronized: callers may be virtual threads, which a monitor would pin.
  private final ReentrantLock writeLock = new ReentrantLock();
  // Guarded by REGISTRY.
  private int users = 1;

  /** A JDBC operation that may fail with an {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * The connections to a file, opened (creating and migrating the file) unless a store of this
   * process has them open already. The caller must {@link #close()} them once.
   */
  static SqliteConnections open(Path file) throws SQLException {
    Path key = canonical(file);
    REGISTRY.lock();
    try {
      SqliteConnections open = OPEN.get(key);
      if (open != null) {
        open.users++;
        return open;
      }
      SqliteConnections connections = new SqliteConnections(key);
      OPEN.put(key, connections);
      return connections;
    } finally {
      REGISTRY.unlock();
    }
  }

  /**
   * The file's path with its directory's symbolic links resolved, so that two spellings of one file
   * find the same connections. The file itself may not exist yet; its directory must.
   */
  private static Path canonical(Path file) throws SQLException {
    Path absolute = file.toAbsolutePath().normalize();
    Path directory = absolute.getParent();
    try {
      return directory == null ? absolute : directory.toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      throw new SQLException("cannot open " + file + ": " + e, e);
    }
  }

  private SqliteConnections(Path file) throws SQLException {
    this.key = file;
    String url = "jdbc:sqlite:" + file;
    SqliteMigrations.migrate(url, config());
    SQLiteConfig writerConfig = config();
    // Take the write lock when a transaction begins rather than at its first write, so that a
    // transaction never fails half-way on a lock that a checkpoint or another process holds.
    writerConfig.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    writer = writerConfig.createConnection(url);
    writer.setAutoCommit(false);
    try {
      for (int i = 0; i < READERS; i++) {
        Connection reader = config().createConnection(url);
        readers.add(reader);
        idleReaders.add(reader);
      }
    } catch (SQLException e) {
      closeAll();
      throw e;
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  /** The writer; callers serialize their use of it with {@link #writeLock()}. */
  Connection writer() {
    return writer;
  }

  /** The lock that every user of {@link #writer()} holds while it uses it. */
  ReentrantLock writeLock() {
    return writeLock;
  }

  /**
   * Runs {@code work} as one transaction on the writer, under the write lock: commits what it did
   * if it returns, rolls it back if it throws (an {@link SQLException} or a store's typed refusal).
   */
  <T> T write(SqlFunction<T> work) throws SQLException {
    writeLock.lock();
    try {
      try {
        T result = work.apply(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          writer.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs a read on an idle reader, waiting for one if all are busy. */
  <T> T read(SqlFunction<T> query) throws SQLException {
    Connection reader;
    try {
      reader = idleReaders.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a reader", e);
    }
    try {
      return query.apply(reader);
    } finally {
      idleReaders.add(reader);
    }
  }

  /** A store is done with the connections; the last one to close them closes them. */
  @Override
  public void close() throws SQLException {
    REGISTRY.lock();
    try {
      if (users == 0 || --users > 0) {
        return;
      }
      OPEN.remove(key, this);
    } finally {
      REGISTRY.unlock();
    }
    closeAll();
  }

  private void closeAll() throws SQLException {
    SQLException failure = null;
    List<Connection> all = new ArrayList<>(readers);
    if (writer != null) {
      all.add(writer);
    }
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
