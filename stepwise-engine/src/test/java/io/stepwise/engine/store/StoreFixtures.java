package io.stepwise.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds records and steps for store tests, shaped as a chain of Pass states would produce them:
 * each step after the start adds two history events (entered, exited).
 */
public final class StoreFixtures {
  public static final String STATE_MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
  public static final Instant T0 = Instant.parse("2025-01-01T00:00:00.123456789Z");

  private StoreFixtures() {}

  public static String arn(String stateMachineArn, String name) {
    return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name;
  }

  public static ExecutionRecord record(String stateMachineArn, String name, Instant startDate) {
    return new ExecutionRecord(
        arn(stateMachineArn, name),
        stateMachineArn,
        name,
        StateMachineType.STANDARD,
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}",
        "{\"n\":1}",
        42L,
        ExecutionStatus.RUNNING,
        startDate,
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        null);
  }

  public static ExecutionRecord record(String name) {
    return record(STATE_MACHINE, name, T0);
  }

  /** The start step: the Started event and an ExecutionStarted history event (id 1). */
  public static StepRecord start(ExecutionRecord record) {
    ObjectNode details = Json.NODES.objectNode();
    details.put("input", record.input());
    HistoryEvent started =
        new HistoryEvent(1, 0, HistoryEventType.EXECUTION_STARTED, record.startDate(), details);
    return new StepRecord(
        record.executionArn(),
        1,
        new Event.Started(Json.NODES.objectNode().put("n", 1), record.startDate()),
        List.of(started),
        List.of(),
        List.of(),
        null);
  }

  /**
   * Step {@code sequence} (from 2) of an execution: a Continue event and the two events of one Pass
   * state, ids {@code 2 * sequence - 2} and {@code 2 * sequence - 1}.
   */
  public static StepRecord step(String executionArn, long sequence) {
    return new StepRecord(
        executionArn,
        sequence,
        new Event.Continue(T0.plusSeconds(sequence)),
        passEvents(sequence),
        List.of(),
        List.of(),
        null);
  }

  static List<HistoryEvent> passEvents(long sequence) {
    long entered = 2 * sequence - 2;
    Instant time = T0.plusSeconds(sequence);
    ObjectNode enteredDetails = Json.NODES.objectNode().put("name", "S" + sequence);
    enteredDetails.put("input", "{}");
    ObjectNode exitedDetails = Json.NODES.objectNode().put("name", "S" + sequence);
    exitedDetails.put("output", "{\"step\":" + sequence + "}");
    List<HistoryEvent> events = new ArrayList<>();
    events.add(
        new HistoryEvent(
            entered, entered - 1, HistoryEventType.PASS_STATE_ENTERED, time, enteredDetails));
    events.add(
        new HistoryEvent(
            entered + 1, entered, HistoryEventType.PASS_STATE_EXITED, time, exitedDetails));
    return events;
  }

  public static StepRecord withTimers(
      StepRecord step, List<TimerRecord> started, List<Long> cancelled) {
    return new StepRecord(
        step.executionArn(),
        step.sequence(),
        step.input(),
        step.events(),
        started,
        cancelled,
        step.end());
  }

  public static StepRecord withEnd(StepRecord step, ExecutionEnd end) {
    return new StepRecord(
        step.executionArn(),
        step.sequence(),
        step.input(),
        step.events(),
        step.timersStarted(),
        step.timersCancelled(),
        end);
  }

  public static StepRecord withInput(StepRecord step, Event input) {
    return new StepRecord(
        step.executionArn(),
        step.sequence(),
        input,
        step.events(),
        step.timersStarted(),
        step.timersCancelled(),
        step.end());
  }
}
