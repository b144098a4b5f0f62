package io.stepwise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import io.stepwise.engine.teststate.TestStateRequest.Mock;
import io.stepwise.engine.teststate.TestStateRequest.StateConfiguration;

/**
 * The rules AWS holds a request's mock and state configuration to, checked before the state runs,
 * with AWS's messages.
 */
final class MockChecks {

  private MockChecks() {}

  /**
   * Checks the request against the state and returns the mocked result parsed, or {@code null}
   * where the mock is an error or there is no mock.
   */
  static JsonNode check(TestStateRequest request, State state) {
    Mock mock = request.mock();
    if (mock != null && mock.result() != null && mock.errorOutput() != null) {
      throw TestStateException.validation(
          "A test mock should have only one of the following fields: [result, errorOutput].");
    }
    boolean mocked = mock != null && (mock.result() != null || mock.errorOutput() != null);
    if (mocked && request.revealSecrets()) {
      throw TestStateException.validation(
          "TestState does not support RevealSecrets when a mock is specified.");
    }
    boolean mockable =
        state instanceof TaskState || state instanceof MapState || state instanceof ParallelState;
    if (mocked && !mockable) {
      throw TestStateException.validation(
          "State type '" + state.typeName() + "' is not supported when a mock is specified");
    }
    StateConfiguration configuration = request.stateConfiguration();
    Integer failures = configuration == null ? null : configuration.mapIterationFailureCount();
    if (failures != null && !mocked) {
      throw TestStateException.validation(
          "TestState does not support MapIterationFailureCount when a mock is not specified.");
    }
    if (!mocked && (state instanceof MapState || state instanceof ParallelState)) {
      throw TestStateException.invalidDefinition(
          "TestState API does not support Map or Parallel states. Supported state types include:"
              + " [Task, Wait, Pass, Succeed, Fail, Choice]");
    }
    if (state instanceof TaskState && !mocked && request.roleArn() == null) {
      throw TestStateException.validation("RoleArn must be specified when testing a Task state");
    }
    if (mock == null || mock.result() == null) {
      return null;
    }
    JsonNode result = parse(mock.result());
    if (state instanceof ParallelState parallel) {
      requireArray(result);
      if (result.size() != parallel.branches().size()) {
        throw TestStateException.validation(
            "Mocked result must contain the same number of items as number of Parallel branches.");
      }
    } else if (state instanceof MapState map) {
      if (map.resultWriter() != null) {
        if (!result.isObject()) {
          throw TestStateException.validation("Mocked result must be a JSON object.");
        }
      } else {
        requireArray(result);
        if (failures != null && failures > result.size()) {
          throw TestStateException.validation(
              "Map iteration failure count must be less than or equal to the number of Map"
                  + " iterations");
        }
      }
    }
    return result;
  }

  private static void requireArray(JsonNode result) {
    if (!result.isArray()) {
      throw TestStateException.validation("Mocked result must be an array.");
    }
  }

  private static JsonNode parse(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw TestStateException.validation("Mocked result must be valid JSON");
    }
  }
}
