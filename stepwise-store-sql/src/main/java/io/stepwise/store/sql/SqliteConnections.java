package io.stepwise.store.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

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
 */
final class SqliteConnections implements AutoCloseable {
  static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int READERS = 4;

  private final Connection writer;
  private final List<Connection> readers = new ArrayList<>();
  private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);

  /** A JDBC operation that may fail with an {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }

  SqliteConnections(Path file) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    migrate(url);
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
      close();
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

  private static void migrate(String url) {
    SQLiteDataSource dataSource = new SQLiteDataSource(config());
    dataSource.setUrl(url);
    Flyway.configure()
        // Through SLF4J, so that the application chooses where (and whether) migrations log.
        .loggers("slf4j")
        .dataSource(dataSource)
        .locations("classpath:db/migration/sqlite")
        .load()
        .migrate();
  }

  /** The writer; callers serialize their use of it. */
  Connection writer() {
    return writer;
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

  @Override
  public void close() throws SQLException {
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
