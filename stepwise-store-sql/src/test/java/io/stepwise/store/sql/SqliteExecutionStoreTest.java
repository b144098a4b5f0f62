package io.stepwise.store.sql;

import static io.stepwise.engine.store.StoreFixtures.T0;
import static io.stepwise.engine.store.StoreFixtures.step;
import static io.stepwise.engine.store.StoreFixtures.withEnd;
import static io.stepwise.engine.store.StoreFixtures.withTimers;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.ExecutionStoreContractTest;
import io.stepwise.engine.store.TimerRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExecutionStoreTest extends ExecutionStoreContractTest {
  @TempDir Path directory;

  private Path file() {
    return directory.resolve("stepwise.db");
  }

  @Override
  protected ExecutionStore openStore() {
    return SqliteExecutionStore.open(file());
  }

  @Test
  void aReopenedStoreSeesEverythingCommittedBeforeClose() throws Exception {
    String running = created("kept");
    String ended = created("ended");
    TimerRecord timer = new TimerRecord(running, 7, T0.plusSeconds(30));
    ExecutionEnd end = new ExecutionEnd(ExecutionStatus.FAILED, T0, null, "E", "cause");
    store.commit(
        List.of(
            withTimers(step(running, 2), List.of(timer), List.of()), withEnd(step(ended, 2), end)));
    advance(ended, 1);
    var recordBefore = store.execution(running).orElseThrow();
    var endedBefore = store.execution(ended).orElseThrow();
    var journalBefore = store.journal(running);
    var historyBefore = store.history(running, false, null, 1000).items();
    store.close();

    store = SqliteExecutionStore.open(file());
    assertThat(store.execution(running)).contains(recordBefore);
    assertThat(store.execution(ended)).contains(endedBefore);
    assertThat(store.journal(running)).isEqualTo(journalBefore);
    assertThat(store.history(running, false, null, 1000).items()).isEqualTo(historyBefore);
    assertThat(store.nextTimer()).contains(timer);
    assertThat(store.runningExecutions(null, 10)).containsExactly(running);
    store.commit(List.of(step(running, 3)));
    assertThat(store.journal(running)).hasSize(3);
  }

  @Test
  void theFileIsInWalMode() throws Exception {
    store.close();
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
        var rows = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
    }
    store = openStore();
  }
}
