package io.stepwise.engine.store;

import static io.stepwise.engine.store.StoreFixtures.STATE_MACHINE;
import static io.stepwise.engine.store.StoreFixtures.T0;
import static io.stepwise.engine.store.StoreFixtures.record;
import static io.stepwise.engine.store.StoreFixtures.start;
import static io.stepwise.engine.store.StoreFixtures.step;
import static io.stepwise.engine.store.StoreFixtures.withEnd;
import static io.stepwise.engine.store.StoreFixtures.withInput;
import static io.stepwise.engine.store.StoreFixtures.withTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExecutionStore} promises. Each backend's test extends this class and says how
 * to open a fresh, empty store.
 */
public abstract class ExecutionStoreContractTest implements TimerContract {
  protected ExecutionStore store;

  /** A new, empty store; closed after each test. */
  protected abstract ExecutionStore openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Override
  public ExecutionStore store() {
    return store;
  }

  /** Creates an execution named {@code name} started at T0 and returns its ARN. */
  @Override
  public String created(String name) throws Exception {
    ExecutionRecord record = record(name);
    store.create(record, start(record));
    return record.executionArn();
  }

  /** Commits steps 2 to {@code last} of an execution, one commit each. */
  protected void advance(String arn, long last) {
    for (long sequence = 2; sequence <= last; sequence++) {
      store.commit(List.of(step(arn, sequence)));
    }
  }

  // ---- create ----

  @Test
  void createKeepsTheRecordTheStartAndTheHistory() throws Exception {
    ExecutionRecord record = record("first");
    store.create(record, start(record));

    assertThat(store.execution(record.executionArn())).contains(record);
    assertThat(store.execution(STATE_MACHINE, "first")).contains(record);
    assertThat(store.journal(record.executionArn())).containsExactly(start(record).input());
    assertThat(store.history(record.executionArn(), false, null, 100).items())
        .containsExactlyElementsOf(start(record).events());
    assertThat(store.runningExecutions(null, 10)).containsExactly(record.executionArn());
  }

  @Test
  void theTestCaseAnExecutionRunsIsKeptThroughItsEndAndRedrive() throws Exception {
    ExecutionRecord plain = record("mocked");
    ExecutionRecord record =
        new ExecutionRecord(
            plain.executionArn(),
            plain.stateMachineArn(),
            plain.name(),
            plain.type(),
            plain.definition(),
            plain.input(),
            plain.seed(),
            plain.status(),
            plain.startDate(),
            null,
            null,
            null,
            null,
            0,
            "HappyPath",
            null,
            null);
    store.create(record, start(record));
    assertThat(store.execution(record.executionArn()).orElseThrow().testCase())
        .isEqualTo("HappyPath");
    assertThat(store.execution(STATE_MACHINE, "mocked")).contains(record);

    ExecutionEnd failure =
        new ExecutionEnd(ExecutionStatus.FAILED, T0.plusSeconds(2), null, "Boom", "it broke");
    store.commit(List.of(withEnd(step(record.executionArn(), 2), failure)));
    assertThat(store.execution(record.executionArn())).contains(record.ended(failure));
    store.redrive(step(record.executionArn(), 3));
    assertThat(store.execution(record.executionArn()).orElseThrow().testCase())
        .isEqualTo("HappyPath");
    assertThat(store.execution(created("unmocked")).orElseThrow().testCase()).isNull();
  }

  @Test
  void aSecondExecutionOfTheSameNameIsRejectedAndWritesNothing() throws Exception {
    ExecutionRecord first = record("same");
    store.create(first, start(first));
    ExecutionRecord second =
        new ExecutionRecord(
            first.executionArn(),
            first.stateMachineArn(),
            "same",
            first.type(),
            first.definition(),
            "{\"other\":true}",
            7,
            ExecutionStatus.RUNNING,
            T0.plusSeconds(60),
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null);

    assertThatThrownBy(() -> store.create(second, start(second)))
        .isInstanceOf(ExecutionAlreadyExistsException.class)
        .satisfies(e ->
            assertThat(((ExecutionAlreadyExistsException) e).executionArn())
                .isEqualTo(first.executionArn()));
    assertThat(store.execution(first.executionArn())).contains(first);
    assertThat(store.journal(first.executionArn())).hasSize(1);
    assertThat(store.history(first.executionArn(), false, null, 100).items()).hasSize(1);
  }

  @Test
  void theSameNameUnderAnotherStateMachineIsAnotherExecution() throws Exception {
    created("shared");
    ExecutionRecord other = record(STATE_MACHINE + "2", "shared", T0);
    store.create(other, start(other));

    assertThat(store.execution(STATE_MACHINE + "2", "shared")).contains(other);
    assertThat(store.execution(STATE_MACHINE, "shared").orElseThrow().executionArn())
        .isNotEqualTo(other.executionArn());
  }

  @Test
  void aStartStepThatEndsTheExecutionEndsIt() throws Exception {
    ExecutionRecord record = record("quick");
    ExecutionEnd end =
        new ExecutionEnd(ExecutionStatus.SUCCEEDED, T0.plusMillis(1), "{\"n\":1}", null, null);
    store.create(record, withEnd(start(record), end));

    assertThat(store.execution(record.executionArn())).contains(record.ended(end));
    assertThat(store.runningExecutions(null, 10)).isEmpty();
  }

  @Test
  void anUnknownExecutionHasNothing() {
    assertThat(store.execution("arn:nothing")).isEmpty();
    assertThat(store.execution(STATE_MACHINE, "nothing")).isEmpty();
    assertThat(store.journal("arn:nothing")).isEmpty();
    assertThat(store.history("arn:nothing", false, null, 10).items()).isEmpty();
    assertThat(store.executions(STATE_MACHINE, null, null, 10).items()).isEmpty();
  }

  // ---- commit ----

  @Test
  void stepsCommittedInOrderAreAllKept() throws Exception {
    String arn = created("chain");
    advance(arn, 5);

    assertThat(store.journal(arn)).hasSize(5);
    assertThat(store.history(arn, false, null, 100).items())
        .extracting(HistoryEvent::id)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void severalStepsOfOneExecutionCommitTogether() throws Exception {
    String arn = created("batch");
    store.commit(List.of(step(arn, 2), step(arn, 3), step(arn, 4)));

    assertThat(store.journal(arn)).hasSize(4);
    assertThat(store.history(arn, false, null, 100).items()).hasSize(7);
  }

  @Test
  void aStaleStepIsRejectedNamingTheExecutionAndTheSequences() throws Exception {
    String arn = created("stale");
    advance(arn, 3);

    assertThatThrownBy(() -> store.commit(List.of(step(arn, 3))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(arn)
        .hasMessageContaining("4")
        .hasMessageContaining("3");
    assertThatThrownBy(() -> store.commit(List.of(step(arn, 6))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(arn)
        .hasMessageContaining("6");
    assertThat(store.journal(arn)).hasSize(3);
    assertThat(store.history(arn, false, null, 100).items()).hasSize(5);
  }

  @Test
  void aStepOfAnUnknownExecutionIsRejected() {
    assertThatThrownBy(() -> store.commit(List.of(step("arn:nothing", 2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("arn:nothing");
  }

  @Test
  void oneBadStepRejectsTheWholeBatchAndWritesNothing() throws Exception {
    String good = created("good");
    String other = created("other");
    String bad = created("bad");
    StepRecord goodStep =
        withEnd(
            withTimers(step(good, 2), List.of(new TimerRecord(good, 1, T0)), List.of()),
            new ExecutionEnd(ExecutionStatus.SUCCEEDED, T0, "{}", null, null));
    List<StepRecord> batch =
        List.of(goodStep, step(other, 2), step(other, 3), step(bad, 5), step("arn:nothing", 2));

    assertThatThrownBy(() -> store.commit(batch)).isInstanceOf(IllegalStateException.class);

    for (String arn : List.of(good, other, bad)) {
      assertThat(store.journal(arn)).hasSize(1);
      assertThat(store.history(arn, false, null, 100).items()).hasSize(1);
      assertThat(store.execution(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
    }
    assertThat(store.nextTimer()).isEmpty();
    assertThat(store.runningExecutions(null, 10)).hasSize(3);
  }

  @Test
  void aBatchOfManyExecutionsCommitsWhole() throws Exception {
    List<String> arns = new ArrayList<>();
    List<StepRecord> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String arn = created("e" + i);
      arns.add(arn);
      batch.add(step(arn, 2));
      batch.add(withTimers(step(arn, 3), List.of(new TimerRecord(arn, 1, T0)), List.of()));
    }
    store.commit(batch);

    for (String arn : arns) {
      assertThat(store.journal(arn)).hasSize(3);
      assertThat(store.history(arn, false, null, 100).items()).hasSize(5);
    }
    assertThat(store.dueTimers(T0, 100)).hasSize(20);
  }

  @Test
  void anEmptyBatchIsFine() {
    store.commit(List.of());
  }

  // ---- journal ----

  @Test
  void everyKindOfEventRoundTripsThroughTheJournal() throws Exception {
    String arn = created("journal");
    Instant time = T0.plusNanos(987_654_321);
    List<Event> events =
        List.of(
            new Event.TaskCompleted(
                1,
                TaskOutcome.succeeded(
                    Json.parse("{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":\"\\u00e9\"}}")),
                time),
            new Event.TaskCompleted(2, TaskOutcome.failed("States.TaskFailed", "boom"), time),
            new Event.TaskCompleted(5, TaskOutcome.mocked(Json.parse("{\"mock\":1}")), time),
            new Event.TaskCallback(6, TaskOutcome.mocked(Json.parse("[]")), time),
            new Event.TaskCompleted(3, TaskOutcome.failed("Custom", null), time),
            new Event.TimerFired(4, time),
            new Event.StopRequested("Stopped", "by a test", time),
            new Event.StopRequested(null, null, time),
            new Event.Continue(time));
    for (int i = 0; i < events.size(); i++) {
      store.commit(List.of(withInput(step(arn, i + 2), events.get(i))));
    }

    List<Event> journal = store.journal(arn);
    assertThat(journal.getFirst()).isInstanceOf(Event.Started.class);
    assertThat(journal.getFirst()).isEqualTo(start(record("journal")).input());
    assertThat(journal.subList(1, journal.size())).containsExactlyElementsOf(events);
  }

  // ---- history ----

  @Test
  void historyEventsRoundTripWithTheirDetails() throws Exception {
    String arn = created("details");
    advance(arn, 2);

    List<HistoryEvent> expected = new ArrayList<>(start(record("details")).events());
    expected.addAll(step(arn, 2).events());
    assertThat(store.history(arn, false, null, 100).items()).containsExactlyElementsOf(expected);
  }

  @Test
  void historyPagesForward() throws Exception {
    String arn = created("pages");
    advance(arn, 5); // 9 events

    Page<HistoryEvent> first = store.history(arn, false, null, 4);
    assertThat(first.items()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L);
    assertThat(first.nextToken()).isNotNull();
    Page<HistoryEvent> second = store.history(arn, false, first.nextToken(), 4);
    assertThat(second.items()).extracting(HistoryEvent::id).containsExactly(5L, 6L, 7L, 8L);
    Page<HistoryEvent> third = store.history(arn, false, second.nextToken(), 4);
    assertThat(third.items()).extracting(HistoryEvent::id).containsExactly(9L);
    assertThat(third.nextToken()).isNull();
  }

  @Test
  void historyPagesBackward() throws Exception {
    String arn = created("reverse");
    advance(arn, 5);

    Page<HistoryEvent> first = store.history(arn, true, null, 4);
    assertThat(first.items()).extracting(HistoryEvent::id).containsExactly(9L, 8L, 7L, 6L);
    Page<HistoryEvent> second = store.history(arn, true, first.nextToken(), 4);
    assertThat(second.items()).extracting(HistoryEvent::id).containsExactly(5L, 4L, 3L, 2L);
    Page<HistoryEvent> third = store.history(arn, true, second.nextToken(), 4);
    assertThat(third.items()).extracting(HistoryEvent::id).containsExactly(1L);
    assertThat(third.nextToken()).isNull();
  }

  @Test
  void aPageThatEndsTheHistoryHasNoToken() throws Exception {
    String arn = created("exact");
    advance(arn, 5);

    Page<HistoryEvent> first = store.history(arn, false, null, 5);
    Page<HistoryEvent> last = store.history(arn, false, first.nextToken(), 4);
    assertThat(last.items()).extracting(HistoryEvent::id).containsExactly(6L, 7L, 8L, 9L);
    assertThat(last.nextToken()).isNull();
    assertThat(store.history(arn, true, null, 9).nextToken()).isNull();
  }

  @Test
  void aTokenSeesEventsCommittedAfterIt() throws Exception {
    String arn = created("live");
    Page<HistoryEvent> first = store.history(arn, false, null, 1);
    assertThat(first.nextToken()).isNull();
    advance(arn, 2);
    Page<HistoryEvent> again = store.history(arn, false, null, 1);
    assertThat(store.history(arn, false, again.nextToken(), 10).items())
        .extracting(HistoryEvent::id)
        .containsExactly(2L, 3L);
  }

  @Test
  void badTokensAndPageSizesAreRejected() throws Exception {
    String arn = created("bad-token");
    assertThatThrownBy(() -> store.history(arn, false, "not a token!", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.history(arn, false, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.history(arn, false, null, 1001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.executions(STATE_MACHINE, null, "%%%", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.executions(STATE_MACHINE, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- listing ----

  @Test
  void executionsAreListedNewestFirstPageByPage() throws Exception {
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ExecutionRecord record = record(STATE_MACHINE, "list" + i, T0.plusSeconds(i));
      store.create(record, start(record));
      newestFirst.addFirst(record.executionArn());
    }
    ExecutionRecord elsewhere = record(STATE_MACHINE + "2", "list9", T0.plusSeconds(100));
    store.create(elsewhere, start(elsewhere));

    List<String> listed = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<ExecutionRecord> page = store.executions(STATE_MACHINE, null, token, 3);
      page.items().forEach(r -> listed.add(r.executionArn()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(listed).containsExactlyElementsOf(newestFirst);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void executionsStartedTogetherAreListedByArnDescending() throws Exception {
    for (String name : List.of("b", "c", "a")) {
      created(name);
    }
    Page<ExecutionRecord> first = store.executions(STATE_MACHINE, null, null, 2);
    Page<ExecutionRecord> second = store.executions(STATE_MACHINE, null, first.nextToken(), 2);

    assertThat(first.items()).extracting(ExecutionRecord::name).containsExactly("c", "b");
    assertThat(second.items()).extracting(ExecutionRecord::name).containsExactly("a");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void executionsAreFilteredByStatus() throws Exception {
    List<String> running = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ExecutionRecord record = record(STATE_MACHINE, "s" + i, T0.plusSeconds(i));
      store.create(record, start(record));
      if (i % 2 == 0) {
        ExecutionEnd end =
            new ExecutionEnd(ExecutionStatus.FAILED, T0.plusSeconds(10), null, "E", "c");
        store.commit(List.of(withEnd(step(record.executionArn(), 2), end)));
      } else {
        running.addFirst(record.executionArn());
      }
    }

    Page<ExecutionRecord> first = store.executions(STATE_MACHINE, ExecutionStatus.RUNNING, null, 2);
    Page<ExecutionRecord> second =
        store.executions(STATE_MACHINE, ExecutionStatus.RUNNING, first.nextToken(), 2);
    assertThat(first.items())
        .extracting(ExecutionRecord::executionArn)
        .containsExactlyElementsOf(running.subList(0, 2));
    assertThat(second.items())
        .extracting(ExecutionRecord::executionArn)
        .containsExactlyElementsOf(running.subList(2, 3));
    assertThat(second.nextToken()).isNull();
    assertThat(store.executions(STATE_MACHINE, ExecutionStatus.FAILED, null, 10).items())
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED));
    assertThat(store.executions(STATE_MACHINE, ExecutionStatus.ABORTED, null, 10).items())
        .isEmpty();
  }

  // ---- ends and running executions ----

  @Test
  void anEndIsRecordedWithItsDetails() throws Exception {
    String ok = created("ok");
    String failed = created("failed");
    ExecutionEnd success =
        new ExecutionEnd(
            ExecutionStatus.SUCCEEDED, T0.plusSeconds(3).plusNanos(5), "{\"r\":1}", null, null);
    ExecutionEnd failure =
        new ExecutionEnd(
            ExecutionStatus.TIMED_OUT, T0.plusSeconds(4), null, "States.Timeout", "too long");
    store.commit(List.of(withEnd(step(ok, 2), success), withEnd(step(failed, 2), failure)));

    assertThat(store.execution(ok)).contains(record("ok").ended(success));
    assertThat(store.execution(failed)).contains(record("failed").ended(failure));
    assertThat(store.execution(STATE_MACHINE, "failed").orElseThrow().error())
        .isEqualTo("States.Timeout");
    assertThat(store.runningExecutions(null, 10)).isEmpty();
  }

  @Test
  void aRedriveReopensAnEndedExecutionWithItsStep() throws Exception {
    String arn = created("redriven");
    ExecutionEnd failure =
        new ExecutionEnd(ExecutionStatus.FAILED, T0.plusSeconds(2), null, "Boom", "it broke");
    store.commit(List.of(withEnd(step(arn, 2), failure)));

    store.redrive(step(arn, 3));

    ExecutionRecord reopened = store.execution(arn).orElseThrow();
    assertThat(reopened).isEqualTo(record("redriven").redriven());
    assertThat(reopened.redriveCount()).isEqualTo(1);
    assertThat(store.runningExecutions(null, 10)).containsExactly(arn);
    assertThat(store.journal(arn)).hasSize(3);
  }

  @Test
  void aRunningExecutionCannotBeRedriven() throws Exception {
    String arn = created("still-running");

    assertThatThrownBy(() -> store.redrive(step(arn, 2))).isInstanceOf(IllegalStateException.class);
    assertThat(store.journal(arn)).hasSize(1);
  }

  @Test
  void runningExecutionsPageInArnOrder() throws Exception {
    List<String> arns = new ArrayList<>();
    for (String name : List.of("r3", "r1", "r5", "r2", "r4")) {
      arns.add(created(name));
    }
    store.commit(
        List.of(
            withEnd(
                step(arns.get(4), 2),
                new ExecutionEnd(ExecutionStatus.SUCCEEDED, T0, "{}", null, null))));
    List<String> expected = arns.subList(0, 4).stream().sorted().toList();

    List<String> first = store.runningExecutions(null, 3);
    assertThat(first).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(store.runningExecutions(first.getLast(), 3))
        .containsExactlyElementsOf(expected.subList(3, 4));
  }

  // ---- concurrency and lifecycle ----

  @Test
  void concurrentCommitsOnDifferentExecutionsLoseNoStep() throws Exception {
    int threads = 8;
    int executionsPerThread = 4;
    int steps = 40;
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < threads * executionsPerThread; i++) {
      arns.add(created("c" + i));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<String> mine = arns.subList(t * executionsPerThread, (t + 1) * executionsPerThread);
        done.add(
            pool.submit(() -> {
              for (long sequence = 2; sequence <= steps; sequence++) {
                List<StepRecord> batch = new ArrayList<>();
                for (String arn : mine) {
                  batch.add(step(arn, sequence));
                }
                store.commit(batch);
              }
            }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    }

    for (String arn : arns) {
      assertThat(store.journal(arn)).hasSize(steps);
      assertThat(store.history(arn, true, null, 1).items().getFirst().id())
          .isEqualTo(2L * steps - 1);
    }
  }

  @Test
  void aClosedStoreAcceptsNoCalls() throws Exception {
    String arn = created("closing");
    store.close();

    assertThatThrownBy(() -> store.execution(arn)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.commit(List.of(step(arn, 2))))
        .isInstanceOf(IllegalStateException.class);
  }
}
