package io.stepwise.observability.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.RecordedStep;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EventBridge events of a step, in AWS's "Step Functions Execution Status Change" shape. */
class StatusChangesTest {
  private static final String MACHINE = "arn:aws:states:eu-west-1:111122223333:stateMachine:Orders";
  private static final String ARN = "arn:aws:states:eu-west-1:111122223333:execution:Orders:o-1";
  private static final Instant START = Instant.parse("2024-06-01T12:00:00.250Z");
  private static final Instant STOP = Instant.parse("2024-06-01T12:00:05.500Z");

  private static ExecutionRecord record(StateMachineType type, int redrives) {
    return new ExecutionRecord(
        ARN,
        MACHINE,
        "o-1",
        type,
        "{}",
        "{\"n\":1}",
        7,
        ExecutionStatus.RUNNING,
        START,
        null,
        null,
        null,
        null,
        redrives,
        null,
        null,
        null);
  }

  @Test
  void anExecutionThatEndsInItsFirstStepMakesRunningThenItsEnd() {
    ExecutionEnd end = new ExecutionEnd(ExecutionStatus.SUCCEEDED, STOP, "\"done\"", null, null);

    List<ObjectNode> events =
        StatusChanges.of(new RecordedStep(record(StateMachineType.STANDARD, 0), 1, List.of(), end));

    assertThat(events)
        .extracting(e -> e.at("/detail/status").asText())
        .containsExactly("RUNNING", "SUCCEEDED");
    ObjectNode running = events.getFirst();
    assertThat(running.get("version").asText()).isEqualTo("0");
    assertThat(running.get("detail-type").asText())
        .isEqualTo("Step Functions Execution Status Change");
    assertThat(running.get("source").asText()).isEqualTo("aws.states");
    assertThat(running.get("account").asText()).isEqualTo("111122223333");
    assertThat(running.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(running.get("time").asText()).isEqualTo("2024-06-01T12:00:00Z");
    assertThat(running.get("resources")).containsExactly(Json.NODES.textNode(ARN));
    assertThat(running.at("/detail/executionArn").asText()).isEqualTo(ARN);
    assertThat(running.at("/detail/stateMachineArn").asText()).isEqualTo(MACHINE);
    assertThat(running.at("/detail/name").asText()).isEqualTo("o-1");
    assertThat(running.at("/detail/startDate").asLong()).isEqualTo(START.toEpochMilli());
    assertThat(running.at("/detail/stopDate").isNull()).isTrue();
    assertThat(running.at("/detail/input").asText()).isEqualTo("{\"n\":1}");
    assertThat(running.at("/detail/output").isNull()).isTrue();
    ObjectNode succeeded = events.getLast();
    assertThat(succeeded.at("/detail/stopDate").asLong()).isEqualTo(STOP.toEpochMilli());
    assertThat(succeeded.at("/detail/output").asText()).isEqualTo("\"done\"");
    assertThat(succeeded.at("/detail/outputDetails/included").asBoolean()).isTrue();
    assertThat(succeeded.get("id").asText()).isNotEqualTo(running.get("id").asText());
  }

  @Test
  void aFailureCarriesItsErrorAndCause() {
    ExecutionEnd end = new ExecutionEnd(ExecutionStatus.FAILED, STOP, null, "Boom", "bad");

    ObjectNode failed =
        StatusChanges.of(new RecordedStep(record(StateMachineType.STANDARD, 0), 3, List.of(), end))
            .getFirst();

    assertThat(failed.at("/detail/status").asText()).isEqualTo("FAILED");
    assertThat(failed.at("/detail/error").asText()).isEqualTo("Boom");
    assertThat(failed.at("/detail/cause").asText()).isEqualTo("bad");
  }

  @Test
  void aRedriveIsRunningAgainWithItsCountAndDate() {
    HistoryEvent redriven =
        new HistoryEvent(9, 8, HistoryEventType.EXECUTION_REDRIVEN, STOP, Json.NODES.objectNode());

    List<ObjectNode> events =
        StatusChanges.of(
            new RecordedStep(record(StateMachineType.STANDARD, 1), 4, List.of(redriven), null));

    assertThat(events).hasSize(1);
    assertThat(events.getFirst().at("/detail/status").asText()).isEqualTo("RUNNING");
    assertThat(events.getFirst().at("/detail/redriveCount").asInt()).isEqualTo(1);
    assertThat(events.getFirst().at("/detail/redriveDate").asLong()).isEqualTo(STOP.toEpochMilli());
  }

  @Test
  void otherStepsAndExpressExecutionsMakeNone() {
    assertThat(
            StatusChanges.of(
                new RecordedStep(record(StateMachineType.STANDARD, 0), 2, List.of(), null)))
        .isEmpty();
    assertThat(
            StatusChanges.of(
                new RecordedStep(record(StateMachineType.EXPRESS, 0), 1, List.of(), null)))
        .isEmpty();
  }

  @Test
  void theSameStatusChangeHasTheSameIdSoThatAReceiverCanTellAResend() {
    RecordedStep step = new RecordedStep(record(StateMachineType.STANDARD, 0), 1, List.of(), null);

    assertThat(StatusChanges.of(step).getFirst().get("id"))
        .isEqualTo(StatusChanges.of(step).getFirst().get("id"));
  }
}
