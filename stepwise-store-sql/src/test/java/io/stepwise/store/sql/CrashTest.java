package io.stepwise.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.Page;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard executions survive {@code kill -9}: a child JVM runs 500 executions (Wait, slow Tasks,
 * Map, Parallel) on a SQLite file and is killed with SIGKILL at random moments, several times, each
 * time restarted on the same file. In the end every execution has SUCCEEDED with a well-formed
 * history: contiguous ids, every state entered once exited once, one completion.
 */
class CrashTest {

  private static final int EXECUTIONS = 500;
  private static final int KILLS = 4;

  @TempDir Path directory;

  @Test
  void executionsSurviveRepeatedKills() throws Exception {
    Path file = directory.resolve("stepwise.db");
    Random random = new Random(20261125L);
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = start(file);
      // Let it get somewhere (a first life must at least create the store), then kill it.
      Thread.sleep(kill == 0 ? 3_000 : 300 + random.nextInt(700));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Process last = start(file);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    }
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(lines).contains("done").noneMatch(line -> line.startsWith("failed"));

    long repeatedInvocations = 0;
    try (SqliteExecutionStore store = SqliteExecutionStore.open(file)) {
      List<ExecutionRecord> all = all(store);
      assertThat(all).hasSize(EXECUTIONS);
      for (ExecutionRecord execution : all) {
        assertThat(execution.status())
            .as(execution.executionArn())
            .isEqualTo(ExecutionStatus.SUCCEEDED);
        List<HistoryEvent> history =
            store.history(execution.executionArn(), false, null, 1000).items();
        assertWellFormed(execution.executionArn(), history);
        repeatedInvocations += repeatedInvocations(history);
      }
    }
    // Kills that never interrupted a task would prove nothing.
    assertThat(repeatedInvocations).as("task invocations repeated after kills").isPositive();
    System.out.println(
        "crash test: "
            + EXECUTIONS
            + " executions, "
            + KILLS
            + " kills, all SUCCEEDED; task invocations repeated after a kill: "
            + repeatedInvocations);
  }

  private Process start(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashWorkload.class.getName(),
            file.toString(),
            Integer.toString(EXECUTIONS))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<ExecutionRecord> all(SqliteExecutionStore store) {
    List<ExecutionRecord> all = new ArrayList<>();
    String token = null;
    do {
      Page<ExecutionRecord> page = store.executions(CrashWorkload.STATE_MACHINE, null, token, 1000);
      all.addAll(page.items());
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  private static void assertWellFormed(String arn, List<HistoryEvent> history) {
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).id()).as("%s: ids are contiguous", arn).isEqualTo(i + 1L);
      assertThat(history.get(i).previousEventId())
          .as("%s: links point backwards", arn)
          .isLessThan(history.get(i).id());
    }
    Map<String, Integer> open = new HashMap<>();
    int completions = 0;
    for (HistoryEvent event : history) {
      String type = event.type().awsName();
      if (type.endsWith("StateEntered")) {
        open.merge(event.details().path("name").asText(), 1, Integer::sum);
      } else if (type.endsWith("StateExited")) {
        open.merge(event.details().path("name").asText(), -1, Integer::sum);
      }
      if (event.type() == HistoryEventType.EXECUTION_SUCCEEDED
          || event.type() == HistoryEventType.EXECUTION_FAILED) {
        completions++;
      }
    }
    assertThat(open.values()).as("%s: every entered state exited once", arn).containsOnly(0);
    assertThat(completions).as("%s: one completion", arn).isEqualTo(1);
    assertThat(history.getLast().type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
  }

  /** A task started more than once: invoked again after a kill. */
  private static long repeatedInvocations(List<HistoryEvent> history) {
    long scheduled =
        history.stream()
            .filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED)
            .count();
    long started =
        history.stream().filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_STARTED).count();
    return started - scheduled;
  }
}
