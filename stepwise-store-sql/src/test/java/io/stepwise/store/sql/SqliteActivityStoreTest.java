package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.machines.ActivityRecord;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteActivityStoreTest {

  @TempDir Path directory;

  private static ActivityRecord activity(String name) {
    return new ActivityRecord(
        "arn:aws:states:us-east-1:123456789012:activity:" + name,
        name,
        Instant.parse("2024-01-01T00:00:00.123456789Z"));
  }

  @Test
  void keepsActivitiesAcrossReopeningAndBesideTheOtherStores() {
    Path file = directory.resolve("stepwise.db");
    try (SqliteActivityStore store = SqliteActivityStore.open(file);
        SqliteExecutionStore executions = SqliteExecutionStore.open(file)) {
      assertThat(store.createIfAbsent(activity("b"))).isEqualTo(activity("b"));
      ActivityRecord again =
          new ActivityRecord(
              activity("b").activityArn(), "b", Instant.parse("2030-01-01T00:00:00Z"));
      assertThat(store.createIfAbsent(again)).as("create is idempotent").isEqualTo(activity("b"));
      store.createIfAbsent(activity("a"));
      assertThat(executions.runningExecutions(null, 10)).isEmpty();
    }
    try (SqliteActivityStore store = SqliteActivityStore.open(file)) {
      assertThat(store.list()).containsExactly(activity("a"), activity("b"));
      assertThat(store.delete(activity("a").activityArn())).isTrue();
      assertThat(store.delete(activity("a").activityArn())).isFalse();
      assertThat(store.get(activity("a").activityArn())).isEmpty();
      assertThat(store.get(activity("b").activityArn())).contains(activity("b"));
    }
  }
}
