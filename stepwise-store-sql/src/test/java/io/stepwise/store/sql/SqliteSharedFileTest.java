package io.stepwise.store.sql;

import static io.stepwise.engine.store.StoreFixtures.record;
import static io.stepwise.engine.store.StoreFixtures.start;
import static io.stepwise.engine.store.StoreFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.store.ExecutionRecord;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution store and the state machine store on one SQLite file. */
class SqliteSharedFileTest {
  @TempDir Path directory;

  private Path file() {
    return directory.resolve("stepwise.db");
  }

  @Test
  void bothStoresOpenedSeparatelyWorkOnOneFile() throws Exception {
    try (SqliteExecutionStore executions = SqliteExecutionStore.open(file());
        SqliteStateMachineStore machines = SqliteStateMachineStore.open(file())) {
      StateMachineRecord m = machines.create(SqliteStateMachineStoreTest.machine("m"));
      ExecutionRecord run = record(m.arn(), "run", SqliteStateMachineStoreTest.T0);
      executions.create(run, start(run));
      machines.publish(m.arn(), null, null, SqliteStateMachineStoreTest.T0, 1000);
      executions.commit(List.of(step(run.executionArn(), 2)));

      assertThat(machines.version(m.arn(), 1)).isPresent();
      assertThat(executions.journal(run.executionArn())).hasSize(2);
    }
    // Closing one store leaves the other working; the file closes with the last.
    SqliteExecutionStore executions = SqliteExecutionStore.open(file());
    try (SqliteStateMachineStore machines = SqliteStateMachineStore.open(file())) {
      executions.close();
      assertThat(machines.get(SqliteStateMachineStoreTest.PREFIX + "m")).isPresent();
      machines.markDeleting(SqliteStateMachineStoreTest.PREFIX + "m");
    }
    try (SqliteStores stores = SqliteStores.open(file())) {
      String arn = SqliteStateMachineStoreTest.PREFIX + "m";
      assertThat(stores.stateMachines().get(arn).orElseThrow().status().name())
          .isEqualTo("DELETING");
      assertThat(stores.executions().execution(arn.replace("stateMachine", "execution") + ":run"))
          .isPresent();
    }
  }

  @Test
  void bothStoresWriteConcurrentlyThroughOneWriter() throws Exception {
    try (SqliteStores stores = SqliteStores.open(file());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String name = "n" + i;
        work.add(
            threads.submit(() -> {
              StateMachineRecord m =
                  stores.stateMachines().create(SqliteStateMachineStoreTest.machine(name));
              stores.stateMachines().publish(m.arn(), null, null, m.creationDate(), 10);
              return null;
            }));
        work.add(
            threads.submit(() -> {
              ExecutionRecord run =
                  record(
                      SqliteStateMachineStoreTest.PREFIX + "x",
                      name,
                      SqliteStateMachineStoreTest.T0);
              stores.executions().create(run, start(run));
              stores.executions().commit(List.of(step(run.executionArn(), 2)));
              return null;
            }));
      }
      for (Future<?> each : work) {
        each.get();
      }

      assertThat(stores.stateMachines().list(null, 100).items()).hasSize(20);
      assertThat(stores.executions().runningExecutions(null, 100)).hasSize(20);
    }
  }

  @Test
  void twoSpellingsOfOneFileShareItsConnections() throws Exception {
    Path link = java.nio.file.Files.createSymbolicLink(directory.resolve("link"), directory);
    try (SqliteStateMachineStore machines = SqliteStateMachineStore.open(file());
        SqliteStateMachineStore sameFile =
            SqliteStateMachineStore.open(link.resolve("sub/../stepwise.db"))) {
      machines.create(SqliteStateMachineStoreTest.machine("m"));

      assertThat(sameFile.get(SqliteStateMachineStoreTest.PREFIX + "m")).isPresent();
      sameFile.markDeleted(SqliteStateMachineStoreTest.PREFIX + "m");
      assertThat(machines.get(SqliteStateMachineStoreTest.PREFIX + "m")).isEmpty();
    }
  }

  @Test
  void theSchemaHistoryHoldsEachMigrationOnce() throws Exception {
    SqliteExecutionStore.open(file()).close();
    SqliteStateMachineStore.open(file()).close();
    SqliteStores.open(file()).close();

    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7");
  }

  @Test
  void aFileFromBeforeStateMachinesGainsTheirTables() throws Exception {
    // A file as the execution store left it before the state machine tables existed.
    Flyway.configure()
        .loggers("slf4j")
        .dataSource("jdbc:sqlite:" + file(), null, null)
        .locations(SqliteMigrations.LOCATION)
        .target("1")
        .load()
        .migrate();
    assertThat(appliedVersions()).containsExactly("1");

    try (SqliteStateMachineStore machines = SqliteStateMachineStore.open(file())) {
      machines.create(SqliteStateMachineStoreTest.machine("m"));
    }

    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7");
  }

  @Test
  void executionsFromBeforeTestCasesReadAsRunningNone() throws Exception {
    // A file with an execution, as the stores left it before test cases were kept.
    Flyway.configure()
        .loggers("slf4j")
        .dataSource("jdbc:sqlite:" + file(), null, null)
        .locations(SqliteMigrations.LOCATION)
        .target("4")
        .load()
        .migrate();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file())) {
      connection
          .createStatement()
          .executeUpdate(
              "INSERT INTO executions VALUES ('arn:old', 'arn:machine', 'old', 'STANDARD', '{}',"
                  + " '{}', 1, 'RUNNING', 0, NULL, NULL, NULL, NULL, 0, 1)");
    }

    try (SqliteExecutionStore executions = SqliteExecutionStore.open(file())) {
      ExecutionRecord old = executions.execution("arn:old").orElseThrow();
      assertThat(old.name()).isEqualTo("old");
      assertThat(old.testCase()).isNull();
      assertThat(old.traceHeader()).isNull();
    }
    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7");
  }

  private List<String> appliedVersions() throws Exception {
    List<String> versions = new ArrayList<>();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file());
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1"
                        + " AND version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }
}
