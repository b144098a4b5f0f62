package io.stepwise.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.LocalExecution;
import io.stepwise.engine.task.TaskResources;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers for feature tests: runs a definition on a fixed clock with skipped waits, and
 * reads the history back in AWS's terms.
 */
public final class Runs {

  /** The instant every test execution starts at. */
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private Runs() {}

  public static Clock fixedClock() {
    return Clock.fixed(T0, ZoneOffset.UTC);
  }

  /** Runs a definition with an input, no task resources, a fixed clock and skipped waits. */
  public static ExecutionResult run(String definition, String input) {
    return run(definition, input, TaskResources.none());
  }

  /** Runs a definition with an input and task resources, a fixed clock and skipped waits. */
  public static ExecutionResult run(String definition, String input, TaskResources resources) {
    ExecutionResult result =
        prepare(definition)
            .input(json(input))
            .executionName("test-execution")
            .stateMachineName("TestMachine")
            .skipWaits(true)
            .clock(fixedClock())
            .taskResources(resources)
            .run();
    assertHistoryIsWellFormed(result);
    return result;
  }

  /** Parses a definition that the test expects to be valid. */
  public static LocalExecution prepare(String definition) {
    try {
      return LocalExecution.parse(definition);
    } catch (InvalidDefinitionException e) {
      throw new AssertionError("invalid definition: " + e.getMessage(), e);
    }
  }

  public static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The history's event types as AWS spells them, in order. */
  public static List<String> types(ExecutionResult result) {
    return result.history().stream().map(e -> e.type().awsName()).toList();
  }

  /** The events of one type, in order. */
  public static List<HistoryEvent> events(ExecutionResult result, HistoryEventType type) {
    return result.history().stream().filter(e -> e.type() == type).toList();
  }

  /** The one event of a type; fails if there is not exactly one. */
  public static HistoryEvent only(ExecutionResult result, HistoryEventType type) {
    List<HistoryEvent> found = events(result, type);
    assertThat(found).as("events of type %s", type).hasSize(1);
    return found.get(0);
  }

  /** A payload field of an event's details ({@code input}/{@code output}), parsed back to JSON. */
  public static JsonNode payload(HistoryEvent event, String field) {
    return json(event.details().get(field).asText());
  }

  /**
   * What holds for every history: ids contiguous from 1, each {@code previousEventId} earlier than
   * its event, timestamps never going back, and the last event ending the execution.
   */
  public static void assertHistoryIsWellFormed(ExecutionResult result) {
    List<HistoryEvent> history = result.history();
    assertThat(history).isNotEmpty();
    assertThat(history.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    for (int i = 0; i < history.size(); i++) {
      HistoryEvent event = history.get(i);
      assertThat(event.id()).as("id of event #%d", i).isEqualTo(i + 1L);
      assertThat(event.previousEventId()).as("previousEventId of %s", event).isLessThan(event.id());
      if (i > 0) {
        assertThat(event.timestamp())
            .as("timestamp of event %d", event.id())
            .isAfterOrEqualTo(history.get(i - 1).timestamp());
      }
    }
    assertThat(history.get(history.size() - 1).type().awsName()).startsWith("Execution");
  }

  /**
   * Every state entered was exited, counted per state name: what holds for an execution in which no
   * state failed.
   */
  public static void assertEveryStateExited(ExecutionResult result) {
    Map<String, Integer> open = new HashMap<>();
    for (HistoryEvent event : result.history()) {
      String type = event.type().awsName();
      if (type.endsWith("StateEntered")) {
        open.merge(event.details().get("name").asText(), 1, Integer::sum);
      } else if (type.endsWith("StateExited")) {
        open.merge(event.details().get("name").asText(), -1, Integer::sum);
      }
    }
    assertThat(open).allSatisfy((name, count) -> assertThat(count).as(name).isZero());
  }
}
