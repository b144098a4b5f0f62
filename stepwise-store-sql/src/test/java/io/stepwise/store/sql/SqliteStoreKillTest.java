package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.store.StoreFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL loses nothing that it had committed. */
class SqliteStoreKillTest {
  private static final int EXECUTIONS = 20;

  @TempDir Path directory;

  @Test
  void aKilledWriterLosesNoCommittedStep() throws Exception {
    Path file = directory.resolve("stepwise.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CommittingChild.class.getName(),
                file.toString(),
                Integer.toString(EXECUTIONS))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long lastCommitted = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      // Kill it partway, while it is busy committing: well past the start, at a step count
      // that does not fall on any particular boundary.
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          lastCommitted = Long.parseLong(line.substring("committed ".length()));
          if (lastCommitted == 157) {
            // Killing closes the pipe: what was read so far is what the child reported.
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lastCommitted).isGreaterThanOrEqualTo(157);

    try (SqliteExecutionStore store = SqliteExecutionStore.open(file)) {
      for (int i = 0; i < EXECUTIONS; i++) {
        String arn = StoreFixtures.arn(StoreFixtures.STATE_MACHINE, "kill" + i);
        long kept = store.journal(arn).size();
        assertThat(kept).as(arn).isGreaterThanOrEqualTo(lastCommitted);
        // The child may have run ahead of what it printed before it died; whatever it kept must
        // be whole: the history ends with the last kept step's events.
        List<HistoryEvent> newest = store.history(arn, true, null, 1).items();
        assertThat(newest.getFirst().id()).as(arn).isEqualTo(2 * kept - 1);
      }
    }
  }
}
