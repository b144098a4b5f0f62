package io.stepwise.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskResources;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a listener of the runtime hears: every durable step, once, in order. */
class ExecutionListenerTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Heard";
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String WAIT_THEN_PASS =
      """
      {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"P"},
        "P":{"Type":"Pass","End":true}}}
      """;

  private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final ExecutionStore store = new InMemoryExecutionStore();
  private final ExecutionRuntime runtime =
      new ExecutionRuntime(store, new InMemoryExecutionStore(), TaskResources.none(), clock);
  private final List<RecordedStep> heard = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    runtime.close();
  }

  private ExecutionRecord start(StateMachineType type, String name) throws Exception {
    return runtime.start(
        new StartRequest(MACHINE, WAIT_THEN_PASS, type, name, Json.parse("{\"n\":1}")));
  }

  @Test
  void hearsEveryHistoryEventOnceInTheOrderTheStoreKeepsThem() throws Exception {
    runtime.addListener(heard::add);

    ExecutionRecord started = start(StateMachineType.STANDARD, "heard");
    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();
    runtime.awaitEnd(started.executionArn(), LIMIT);
    awaitHeard(2);

    List<HistoryEvent> stored = store.history(started.executionArn(), false, null, 100).items();
    assertThat(heard.stream().flatMap(step -> step.events().stream()).toList()).isEqualTo(stored);
    assertThat(heard).extracting(RecordedStep::sequence).containsExactly(1L, 2L);
    assertThat(heard.getFirst().started()).isTrue();
    assertThat(heard.getFirst().execution().stateMachineArn()).isEqualTo(MACHINE);
    assertThat(heard.getLast().ended()).isTrue();
    assertThat(heard.getLast().end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(heard).allMatch(step -> step.executionArn().equals(started.executionArn()));
  }

  @Test
  void aListenerThatThrowsStopsNeitherTheExecutionNorTheOtherListeners() throws Exception {
    runtime.addListener(step -> {
      throw new IllegalStateException("a broken listener");
    });
    runtime.addListener(heard::add);

    ExecutionRecord started = start(StateMachineType.STANDARD, "unharmed");
    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();

    assertThat(runtime.awaitEnd(started.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    awaitHeard(2);
    assertThat(heard).hasSize(2);
  }

  @Test
  void anExpressExecutionIsHeardStartingAndEndingWithNoHistory() throws Exception {
    runtime.addListener(heard::add);

    ExecutionRecord started = start(StateMachineType.EXPRESS, "express");
    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();
    runtime.awaitEnd(started.executionArn(), LIMIT);
    awaitHeard(2);

    assertThat(heard).hasSize(2);
    assertThat(heard).allMatch(step -> step.events().isEmpty());
    assertThat(heard.getFirst().type()).isEqualTo(StateMachineType.EXPRESS);
    assertThat(heard.getLast().end().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void aRedriveIsHeardAsTheStepThatRecordsExecutionRedriven() throws Exception {
    runtime.addListener(heard::add);
    ExecutionRecord started = start(StateMachineType.STANDARD, "redriven");
    runtime.stop(started.executionArn(), "Stopped", "to redrive");
    runtime.awaitEnd(started.executionArn(), LIMIT);

    runtime.redrive(started.executionArn());
    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();
    runtime.awaitEnd(started.executionArn(), LIMIT);
    awaitHeard(4);

    List<HistoryEvent> stored = store.history(started.executionArn(), false, null, 100).items();
    assertThat(heard.stream().flatMap(step -> step.events().stream()).toList()).isEqualTo(stored);
    assertThat(stored)
        .extracting(HistoryEvent::type)
        .contains(io.stepwise.engine.history.HistoryEventType.EXECUTION_REDRIVEN);
  }

  /** A step is durable, and so visible to awaitEnd, a moment before it is heard. */
  private void awaitHeard(int steps) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (heard.size() < steps && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  @Test
  void aRemovedListenerHearsNoMore() throws Exception {
    ExecutionListener listener = heard::add;
    runtime.addListener(listener);
    ExecutionRecord started = start(StateMachineType.STANDARD, "removed");
    runtime.removeListener(listener);

    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();
    runtime.awaitEnd(started.executionArn(), LIMIT);

    assertThat(heard).extracting(RecordedStep::sequence).containsExactly(1L);
  }

  @Test
  void anExpressExecutionThatRecordsHistoryIsHeardWithItsEventsWhichItsStoreDoesNotKeep()
      throws Exception {
    ExecutionStore expressStore = new InMemoryExecutionStore();
    try (ExecutionRuntime logged =
        new ExecutionRuntime(
            new InMemoryExecutionStore(), expressStore, TaskResources.none(), clock)) {
      logged.addListener(heard::add);

      ExecutionRecord started =
          logged.start(
              new StartRequest(
                  MACHINE,
                  WAIT_THEN_PASS,
                  StateMachineType.EXPRESS,
                  "logged",
                  Json.parse("{}"),
                  null,
                  true,
                  null,
                  null));
      // It leaves memory while it waits, and is rebuilt from the journal when the timer fires.
      clock.advance(Duration.ofMinutes(1));
      logged.wakeTimers();
      logged.awaitEnd(started.executionArn(), LIMIT);

      List<HistoryEvent> events = heard.stream().flatMap(step -> step.events().stream()).toList();
      assertThat(events)
          .extracting(event -> event.type().awsName())
          .containsExactly(
              "ExecutionStarted",
              "WaitStateEntered",
              "WaitStateExited",
              "PassStateEntered",
              "PassStateExited",
              "ExecutionSucceeded");
      assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
      assertThat(expressStore.history(started.executionArn(), false, null, 100).items()).isEmpty();
    }
  }

  @Test
  void aRedriveIsHeardWithTheNewRedriveCount() throws Exception {
    runtime.addListener(heard::add);
    String fail = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}";
    ExecutionRecord started =
        runtime.start(
            new StartRequest(MACHINE, fail, StateMachineType.STANDARD, "again", Json.parse("{}")));
    runtime.awaitEnd(started.executionArn(), LIMIT);

    runtime.redrive(started.executionArn());
    runtime.awaitEnd(started.executionArn(), LIMIT);

    RecordedStep redrive = heard.get(1);
    assertThat(redrive.events())
        .extracting(event -> event.type().awsName())
        .startsWith("ExecutionRedriven");
    assertThat(redrive.execution().redriveCount()).isEqualTo(1);
    assertThat(heard.getLast().end().status()).isEqualTo(ExecutionStatus.FAILED);
  }
}
