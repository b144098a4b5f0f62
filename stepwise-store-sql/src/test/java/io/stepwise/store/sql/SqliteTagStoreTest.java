package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTagStoreTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:M";

  @TempDir Path directory;

  private static SequencedMap<String, String> tags(String... keysAndValues) {
    SequencedMap<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      tags.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return tags;
  }

  @Test
  void keepsTagsInTheOrderAddedAcrossReopening() {
    Path file = directory.resolve("stepwise.db");
    try (SqliteTagStore store = SqliteTagStore.open(file);
        SqliteExecutionStore executions = SqliteExecutionStore.open(file)) {
      assertThat(store.tag(MACHINE, tags("b", "1", "a", "2"), 50)).isTrue();
      assertThat(store.tag(MACHINE, tags("c", "3", "b", "changed"), 50)).isTrue();
      assertThat(executions.runningExecutions(null, 10)).isEmpty();
    }
    try (SqliteTagStore store = SqliteTagStore.open(file)) {
      assertThat(store.tags(MACHINE))
          .containsExactly(entry("b", "changed"), entry("a", "2"), entry("c", "3"));
      store.untag(MACHINE, List.of("a", "missing"));
      assertThat(store.tags(MACHINE)).containsExactly(entry("b", "changed"), entry("c", "3"));
      assertThat(store.tags(MACHINE + "Other")).isEmpty();
    }
  }

  @Test
  void refusesTagsPastTheLimitAndChangesNothing() {
    try (SqliteTagStore store = SqliteTagStore.open(directory.resolve("stepwise.db"))) {
      store.tag(MACHINE, tags("a", "1", "b", "2"), 3);
      assertThat(store.tag(MACHINE, tags("a", "new", "c", "3", "d", "4"), 3)).isFalse();
      assertThat(store.tags(MACHINE)).containsExactly(entry("a", "1"), entry("b", "2"));
      assertThat(store.tag(MACHINE, tags("a", "new", "c", "3"), 3))
          .as("replacing a value does not count against the limit")
          .isTrue();
      assertThat(store.tags(MACHINE)).hasSize(3).containsEntry("a", "new");
    }
  }

  @Test
  void forgettingAStateMachineForgetsItsVersionsAndAliasesButNotItsNamesakes() {
    try (SqliteTagStore store = SqliteTagStore.open(directory.resolve("stepwise.db"))) {
      store.tag(MACHINE, tags("k", "machine"), 50);
      store.tag(MACHINE + ":1", tags("k", "version"), 50);
      store.tag(MACHINE + ":live", tags("k", "alias"), 50);
      store.tag(MACHINE + "2", tags("k", "another machine"), 50);
      store.tag(MACHINE + "2:1", tags("k", "its version"), 50);

      store.forget(MACHINE);

      assertThat(store.tags(MACHINE)).isEmpty();
      assertThat(store.tags(MACHINE + ":1")).isEmpty();
      assertThat(store.tags(MACHINE + ":live")).isEmpty();
      assertThat(store.tags(MACHINE + "2")).containsExactly(entry("k", "another machine"));
      assertThat(store.tags(MACHINE + "2:1")).containsExactly(entry("k", "its version"));
    }
  }
}
