package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.store.sql.SqliteExecutionOrigins.Origin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExecutionOriginsTest {
  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  @TempDir Path directory;

  @Test
  void keepsOriginsAcrossReopening() {
    Path file = directory.resolve("stepwise.db");
    Origin byAlias = new Origin(PREFIX + "stateMachine:M:2", PREFIX + "stateMachine:M:live");
    Origin byVersion = new Origin(PREFIX + "stateMachine:M:1", null);
    try (SqliteExecutionOrigins origins = SqliteExecutionOrigins.open(file);
        SqliteTagStore tags = SqliteTagStore.open(file)) {
      origins.record(PREFIX + "execution:M:a", byAlias);
      origins.record(PREFIX + "execution:M:b", new Origin(PREFIX + "stateMachine:M:9", null));
      origins.record(PREFIX + "execution:M:b", byVersion);
      assertThat(tags.tags(PREFIX + "stateMachine:M")).isEmpty();
    }
    try (SqliteExecutionOrigins origins = SqliteExecutionOrigins.open(file)) {
      assertThat(origins.of(PREFIX + "execution:M:a")).contains(byAlias);
      assertThat(origins.of(PREFIX + "execution:M:b")).contains(byVersion);
      assertThat(origins.of(PREFIX + "execution:M:c")).isEmpty();
    }
  }
}
