package io.stepwise.store.sql;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a SQLite file's schema up to date: the one migration runner that every SQLite store goes
 * through when it opens (by {@link SqliteConnections#open}), so that whichever store opens a file
 * first applies all the migrations under {@code db/migration/sqlite} (executions, state machines,
 * ...) and records them in one schema history; a later store, of either kind, finds nothing to do.
 */
final class SqliteMigrations {
  static final String LOCATION = "classpath:db/migration/sqlite";

  private SqliteMigrations() {}

  /**
   * Applies every migration the file at {@code url} lacks. Flyway cannot lock a SQLite schema
   * history, so callers must not migrate one file twice at once: {@link SqliteConnections#open}
   * serializes the calls.
   */
  static void migrate(String url, SQLiteConfig config) {
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    Flyway.configure()
        // Through SLF4J, so that the application chooses where (and whether) migrations log.
        .loggers("slf4j")
        .dataSource(dataSource)
        .locations(LOCATION)
        .load()
        .migrate();
  }
}
