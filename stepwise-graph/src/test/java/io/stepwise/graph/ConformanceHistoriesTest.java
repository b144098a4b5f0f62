package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Statuses from real AWS histories of the conformance corpus, read in place; skipped when the
 * corpus is absent.
 */
class ConformanceHistoriesTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("stepwise.conformance.dir", "../../shared/conformance"));

  private static JsonNode recorded(String name) throws IOException {
    Path file = CORPUS.resolve("executions").resolve(name + ".json");
    Assumptions.assumeTrue(
        Files.isRegularFile(file), "conformance corpus not found at " + CORPUS + ": skipped");
    return new ObjectMapper().readTree(file.toFile());
  }

  private static Map<String, StateStatus> statuses(String name) throws IOException {
    JsonNode recorded = recorded(name);
    JsonNode definition = recorded.path("definition");
    // The recorded definition draws too.
    StateMachineGraph.of(definition.isTextual() ? definition.asText() : definition.toString());
    return StateStatuses.fromHistory(recorded.path("history")).asMap();
  }

  @Test
  void aMapWhoseIterationsTimedOut() throws IOException {
    // Four iterations time out; AWS aborts the others, pointing every abort at the first failure.
    assertThat(statuses("test_timeouts__test_service_lambda_map_timeout__get_execution_history"))
        .containsExactly(
            Map.entry("MapWait", StateStatus.FAILED),
            Map.entry("LambdaInvoke", StateStatus.FAILED));
  }

  @Test
  void aParallelWhoseTaskFailedWasCaught() throws IOException {
    assertThat(
            statuses(
                "test_callback__test_sqs_failure_in_wait_for_task_tok_no_error_field_SQS_PARALLEL_WAIT_FOR_TASK_TOKEN___get_execution_history"))
        .containsExactly(
            Map.entry("ParallelJob", StateStatus.CAUGHT),
            Map.entry("SendMessageWithWait", StateStatus.FAILED),
            Map.entry("CaughtStatesALL", StateStatus.SUCCEEDED));
  }

  @Test
  void aStoppedExecution() throws IOException {
    assertThat(statuses("test_sfn_api__test_stop_execution__exec_hist_resp"))
        .containsExactly(Map.entry("State_1", StateStatus.CANCELLED));
  }

  @Test
  void everyRecordedExecutionDrawsWithItsStatuses() throws IOException {
    Path executions = CORPUS.resolve("executions");
    Assumptions.assumeTrue(
        Files.isDirectory(executions), "conformance corpus not found at " + CORPUS + ": skipped");
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> listing = Files.list(executions)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int drawn = 0;
    for (int i = 0; i < files.size(); i++) {
      JsonNode recorded = json.readTree(files.get(i).toFile());
      JsonNode definition = recorded.path("definition");
      StateMachineGraph graph;
      try {
        graph =
            StateMachineGraph.of(
                definition.isTextual() ? definition.asText() : definition.toString());
      } catch (GraphException invalid) {
        continue; // a few cases run definitions that AWS accepts and the validator does not yet
      }
      StateStatuses statuses =
          recorded.has("history")
              ? StateStatuses.fromHistory(recorded.path("history"))
              : StateStatuses.none();
      assertThat(graph.toMermaid(statuses)).startsWith("flowchart TD");
      if (i % 10 == 0) {
        // The SVG of one case in ten: enough to meet every shape without a slow test.
        assertThat(graph.toSvg(statuses)).as(files.get(i).toString()).contains("</svg>");
      }
      drawn++;
    }
    assertThat(drawn).isGreaterThan(files.size() * 9 / 10);
  }
}
