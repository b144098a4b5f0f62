package io.stepwise.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Statuses from histories in AWS's event shape; the sequences follow recorded AWS executions (see
 * the conformance cases named in each test).
 */
class StateStatusesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Builds a history: each event is "id prev Type [name]". */
  private static ArrayNode history(String... events) {
    ArrayNode array = JSON.createArrayNode();
    for (String line : events) {
      String[] parts = line.split(" ", 4);
      ObjectNode event = array.addObject();
      event.put("id", Long.parseLong(parts[0]));
      event.put("previousEventId", Long.parseLong(parts[1]));
      String type = parts[2];
      event.put("type", type);
      if (parts.length > 3) {
        if (type.endsWith("StateEntered")) {
          event.putObject("stateEnteredEventDetails").put("name", parts[3]);
        } else if (type.endsWith("StateExited")) {
          event.putObject("stateExitedEventDetails").put("name", parts[3]);
        } else if (type.equals("EvaluationFailed")) {
          event.putObject("evaluationFailedEventDetails").put("state", parts[3]);
        }
      }
    }
    return array;
  }

  @Test
  void enteredAndExitedSucceedsAndUnvisitedStatesAreNotReached() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 PassStateEntered A",
                "3 2 PassStateExited A",
                "4 3 ExecutionSucceeded"));

    assertThat(statuses.of("A")).isEqualTo(StateStatus.SUCCEEDED);
    assertThat(statuses.of("B")).isEqualTo(StateStatus.NOT_REACHED);
    assertThat(statuses.asMap()).containsOnlyKeys("A");
  }

  @Test
  void aTaskWhoseFailureItsCatchCaughtIsCaught() {
    // As test_assign_in_catch_state: TaskFailed, then the state exits to its catcher.
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 TaskStateEntered Task",
                "3 2 TaskScheduled",
                "4 3 TaskStarted",
                "5 4 TaskFailed",
                "6 5 TaskStateExited Task",
                "7 6 PassStateEntered fallback",
                "8 7 PassStateExited fallback",
                "9 8 ExecutionSucceeded"));

    assertThat(statuses.of("Task")).isEqualTo(StateStatus.CAUGHT);
    assertThat(statuses.of("fallback")).isEqualTo(StateStatus.SUCCEEDED);
  }

  @Test
  void aRetryThatSucceedsIsASuccess() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 TaskStateEntered T",
                "3 2 TaskScheduled",
                "4 3 TaskFailed",
                "5 4 TaskScheduled",
                "6 5 TaskSucceeded",
                "7 6 TaskStateExited T",
                "8 7 ExecutionSucceeded"));

    assertThat(statuses.of("T")).isEqualTo(StateStatus.SUCCEEDED);
  }

  @Test
  void aFailureThatEndsTheExecutionIsFailed() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 TaskStateEntered T",
                "3 2 TaskScheduled",
                "4 3 TaskStarted",
                "5 4 TaskFailed",
                "6 5 ExecutionFailed"));

    assertThat(statuses.of("T")).isEqualTo(StateStatus.FAILED);
  }

  @Test
  void anEvaluationFailureBlamesTheStateItNames() {
    // As test_undefined_reference: AWS points EvaluationFailed at event 0.
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 TaskStateEntered State0",
                "3 0 EvaluationFailed State0",
                "4 3 ExecutionFailed"));

    assertThat(statuses.of("State0")).isEqualTo(StateStatus.FAILED);
  }

  @Test
  void aStateRunningNowIsInProgress() {
    StateStatuses statuses =
        StateStatuses.fromHistory(history("1 0 ExecutionStarted", "2 0 WaitStateEntered Pause"));

    assertThat(statuses.of("Pause")).isEqualTo(StateStatus.IN_PROGRESS);
  }

  @Test
  void aStateOfAnAbortedExecutionIsCancelled() {
    // As test_stop_execution.
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted", "2 0 WaitStateEntered State_1", "3 0 ExecutionAborted"));

    assertThat(statuses.of("State_1")).isEqualTo(StateStatus.CANCELLED);
  }

  @Test
  void aCaughtParallelIsCaughtAndTheFailStateInItsBranchFailed() {
    // As test_parallel_state_catch.
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 ParallelStateEntered ParallelState",
                "3 2 ParallelStateStarted",
                "4 3 FailStateEntered Branch1",
                "5 4 ParallelStateFailed",
                "6 5 ParallelStateExited ParallelState",
                "7 6 PassStateEntered FinalCaught",
                "8 7 PassStateExited FinalCaught",
                "9 8 ExecutionSucceeded"));

    assertThat(statuses.asMap())
        .containsExactly(
            java.util.Map.entry("ParallelState", StateStatus.CAUGHT),
            java.util.Map.entry("Branch1", StateStatus.FAILED),
            java.util.Map.entry("FinalCaught", StateStatus.SUCCEEDED));
  }

  @Test
  void aSiblingBranchCutShortIsCancelledAndTheFailingOneFailed() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 ParallelStateEntered P",
                "3 2 ParallelStateStarted",
                "4 3 TaskStateEntered Slow",
                "5 3 TaskStateEntered Bad",
                "6 4 TaskScheduled",
                "7 5 TaskScheduled",
                "8 7 TaskFailed",
                "9 8 TaskStateAborted",
                "10 8 ParallelStateFailed",
                "11 10 ExecutionFailed"));

    assertThat(statuses.of("P")).isEqualTo(StateStatus.FAILED);
    assertThat(statuses.of("Bad")).isEqualTo(StateStatus.FAILED);
    assertThat(statuses.of("Slow")).isEqualTo(StateStatus.CANCELLED);
  }

  @Test
  void aMapStateTakesTheWorstStatusOfItsIterations() {
    // As test_map_state_break_condition_legacy, shortened: two iterations pass, the third breaks.
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 MapStateEntered MapState",
                "3 2 MapStateStarted",
                "4 3 MapIterationStarted",
                "5 4 ChoiceStateEntered Equals3",
                "6 5 ChoiceStateExited Equals3",
                "7 6 PassStateEntered Pass",
                "8 7 PassStateExited Pass",
                "9 8 MapIterationSucceeded",
                "10 8 MapIterationStarted",
                "11 10 ChoiceStateEntered Equals3",
                "12 11 ChoiceStateExited Equals3",
                "13 12 FailStateEntered Break",
                "14 13 MapIterationFailed",
                "15 13 MapStateFailed",
                "16 15 ExecutionFailed"));

    assertThat(statuses.of("MapState")).isEqualTo(StateStatus.FAILED);
    assertThat(statuses.of("Equals3")).isEqualTo(StateStatus.SUCCEEDED);
    assertThat(statuses.of("Pass")).isEqualTo(StateStatus.SUCCEEDED);
    assertThat(statuses.of("Break")).isEqualTo(StateStatus.FAILED);
  }

  @Test
  void iterationsWorstOfIsFailedOverInProgressOverSucceeded() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 MapStateEntered M",
                "3 2 MapStateStarted",
                "4 3 MapIterationStarted",
                "5 3 MapIterationStarted",
                "6 4 TaskStateEntered Work",
                "7 5 TaskStateEntered Work",
                "8 6 TaskScheduled",
                "9 8 TaskSucceeded",
                "10 9 TaskStateExited Work"));

    assertThat(statuses.of("Work")).isEqualTo(StateStatus.IN_PROGRESS);
    assertThat(statuses.of("M")).isEqualTo(StateStatus.IN_PROGRESS);
  }

  @Test
  void aRedrivenExecutionShowsTheRunAfterTheRedrive() {
    StateStatuses statuses =
        StateStatuses.fromHistory(
            history(
                "1 0 ExecutionStarted",
                "2 0 PassStateEntered A",
                "3 2 PassStateExited A",
                "4 3 TaskStateEntered T",
                "5 4 TaskFailed",
                "6 5 ExecutionFailed",
                "7 6 ExecutionRedriven",
                "8 7 TaskStateEntered T",
                "9 8 TaskSucceeded",
                "10 9 TaskStateExited T",
                "11 10 ExecutionSucceeded"));

    assertThat(statuses.of("A")).isEqualTo(StateStatus.SUCCEEDED);
    assertThat(statuses.of("T")).isEqualTo(StateStatus.SUCCEEDED);
  }

  @Test
  void readsGetExecutionHistorysObjectAndTheRunCommandsJson() throws Exception {
    JsonNode wrapped =
        JSON.readTree(
            "{\"status\":\"SUCCEEDED\",\"output\":{},\"events\":"
                + history("1 0 ExecutionStarted", "2 0 PassStateEntered A")
                + "}");

    assertThat(StateStatuses.fromHistory(wrapped).of("A")).isEqualTo(StateStatus.IN_PROGRESS);
  }

  @Test
  void somethingThatIsNotAHistoryIsRefusedWithAReason() throws Exception {
    assertThatThrownBy(() -> StateStatuses.fromHistory(JSON.readTree("{\"status\":\"x\"}")))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("\"events\"");
    assertThatThrownBy(() -> StateStatuses.fromHistory(JSON.readTree("[1]")))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("history event 0");
  }

  @Test
  void worstOrdersFailedCancelledCaughtInProgressSucceeded() {
    assertThat(StateStatus.SUCCEEDED.worst(StateStatus.IN_PROGRESS))
        .isEqualTo(StateStatus.IN_PROGRESS);
    assertThat(StateStatus.CAUGHT.worst(StateStatus.IN_PROGRESS)).isEqualTo(StateStatus.CAUGHT);
    assertThat(StateStatus.CANCELLED.worst(StateStatus.CAUGHT)).isEqualTo(StateStatus.CANCELLED);
    assertThat(StateStatus.CANCELLED.worst(StateStatus.FAILED)).isEqualTo(StateStatus.FAILED);
    assertThat(StateStatus.NOT_REACHED.worst(StateStatus.SUCCEEDED))
        .isEqualTo(StateStatus.SUCCEEDED);
  }
}
