package io.stepwise.store.sql;

import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.StoreFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link SqliteStoreKillTest}: creates executions and commits steps to them
 * in batches forever, printing {@code committed <sequence>} after each commit returns, until
 * killed. Arguments: the database file and the number of executions.
 */
public final class CommittingChild {
  private CommittingChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int executions = Integer.parseInt(args[1]);
    ExecutionStore store = SqliteExecutionStore.open(file);
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < executions; i++) {
      ExecutionRecord record = StoreFixtures.record("kill" + i);
      store.create(record, StoreFixtures.start(record));
      arns.add(record.executionArn());
    }
    System.out.println("ready");
    System.out.flush();
    for (long sequence = 2; ; sequence++) {
      List<StepRecord> batch = new ArrayList<>();
      for (String arn : arns) {
        batch.add(StoreFixtures.step(arn, sequence));
      }
      store.commit(batch);
      System.out.println("committed " + sequence);
      System.out.flush();
    }
  }
}
