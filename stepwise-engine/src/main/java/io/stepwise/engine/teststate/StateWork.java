package io.stepwise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.TaskState;
import io.stepwise.engine.interpreter.MapItems;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import io.stepwise.engine.teststate.TestStateRequest.MockError;
import io.stepwise.engine.teststate.TestStateRequest.StateConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of the states that call out — Task, Map and Parallel — as TestState does it: the mocked
 * result or error where the request has one, else the configured task resource (Tasks only; Map and
 * Parallel are tested with mocks alone, as on AWS).
 */
final class StateWork {

  private static final String THRESHOLD_CAUSE =
      "The specified tolerated failure threshold was exceeded";

  private final JsonNode mockResult;
  private final MockError mockError;
  private final Integer mapIterationFailureCount;
  private final String mapItemReaderData;
  private final TaskResources resources;
  private final String executionArn;
  private final Inspection inspection;

  StateWork(
      JsonNode mockResult,
      MockError mockError,
      StateConfiguration configuration,
      TaskResources resources,
      String executionArn,
      Inspection inspection) {
    this.mockResult = mockResult;
    this.mockError = mockError;
    this.mapIterationFailureCount =
        configuration == null ? null : configuration.mapIterationFailureCount();
    this.mapItemReaderData = configuration == null ? null : configuration.mapItemReaderData();
    this.resources = resources;
    this.executionArn = executionArn;
    this.inspection = inspection;
  }

  /** A Task's result: mocked, or from the task resource. */
  JsonNode task(TaskState task, JsonNode parameters) {
    if (mockError != null) {
      throw mocked();
    }
    if (mockResult != null) {
      return mockResult;
    }
    TaskOutcome outcome =
        resources.invoke(
            new TaskInvocation(
                task.resource(),
                parameters,
                task.name(),
                executionArn,
                null,
                0,
                0,
                null,
                0,
                0L,
                0L));
    return switch (outcome) {
      case TaskOutcome.Succeeded ok -> StatePipeline.nonNull(ok.output());
      case TaskOutcome.Failed failed -> throw new FailureException(failed.failure());
    };
  }

  /**
   * A Map's result: its fields are read as an execution reads them (and shown), then the mocked
   * result stands for the iterations' outputs, with the request's count of failed iterations held
   * against the tolerated failure threshold.
   */
  JsonNode map(MapState map, TestStateContext context, JsonNode rawInput, JsonNode effective) {
    List<JsonNode> items = items(map, context, rawInput, effective);
    if (map.items() != null && map.queryLanguage() == QueryLanguage.JSONPATH) {
      ArrayNode shown = Json.NODES.arrayNode();
      items.forEach(shown::add);
      inspection.afterItemsPath = shown;
    }
    inspection.maxConcurrency = (long) MapItems.maxConcurrency(map, context);
    long toleratedCount = MapItems.toleratedCount(map, context);
    double toleratedPercentage = MapItems.toleratedPercentage(map, context);
    if (toleratedCount >= 0) {
      inspection.toleratedFailureCount = toleratedCount;
    }
    if (toleratedPercentage >= 0) {
      inspection.toleratedFailurePercentage = toleratedPercentage;
    }
    if (mockError != null) {
      throw mocked();
    }
    int failures = mapIterationFailureCount == null ? 0 : mapIterationFailureCount;
    int iterations = mockResult != null && mockResult.isArray() ? mockResult.size() : items.size();
    boolean overCount = toleratedCount >= 0 && failures > toleratedCount;
    boolean overPercentage =
        toleratedPercentage >= 0
            && iterations > 0
            && failures * 100.0 / iterations > toleratedPercentage;
    if (overCount || overPercentage) {
      throw new FailureException(
          new Failure(StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD.errorName(), THRESHOLD_CAUSE));
    }
    return mockResult;
  }

  /**
   * The Map's items: an ItemReader's are the request's {@code mapItemReaderData} (TestState reads
   * no bucket); else they are read as an execution reads them, except that a JSONPath ItemsPath
   * that selects no array fails with TestState's own words.
   */
  private List<JsonNode> items(
      MapState map, TestStateContext context, JsonNode rawInput, JsonNode effective) {
    if (map.itemReader() != null) {
      List<JsonNode> items = new ArrayList<>();
      if (mapItemReaderData != null) {
        try {
          Json.parse(mapItemReaderData).forEach(items::add);
        } catch (JsonProcessingException e) {
          throw TestStateException.validation("Map item reader data must be valid JSON");
        }
      }
      return items;
    }
    if (map.items() != null && map.queryLanguage() == QueryLanguage.JSONPATH) {
      JsonNode selected = map.items().evaluate(context);
      if (selected != null && !selected.isArray()) {
        throw new FailureException(
            StatesError.RUNTIME,
            "Reference path \""
                + map.items().text().replaceFirst("^\\$\\$", "\\$")
                + "\" must point to array.");
      }
    }
    return MapItems.resolve(map, context, rawInput, effective);
  }

  /** A Parallel's result: the mocked branch outputs. */
  JsonNode parallel(ParallelState parallel) {
    if (mockError != null) {
      throw mocked();
    }
    return mockResult;
  }

  private FailureException mocked() {
    return new FailureException(new Failure(mockError.error(), mockError.cause()));
  }
}
