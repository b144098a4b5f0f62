package io.stepwise.engine.store;

import static io.stepwise.engine.store.StoreFixtures.T0;
import static io.stepwise.engine.store.StoreFixtures.step;
import static io.stepwise.engine.store.StoreFixtures.withEnd;
import static io.stepwise.engine.store.StoreFixtures.withInput;
import static io.stepwise.engine.store.StoreFixtures.withTimers;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.run.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExecutionStore} promises about timers: kept with the steps that start and
 * cancel them, due earliest first, gone with their execution. {@link ExecutionStoreContractTest}
 * runs these on each backend.
 */
public interface TimerContract {
  /** The store under test, fresh for each test. */
  ExecutionStore store();

  /** Creates an execution named {@code name} started at T0 and returns its ARN. */
  String created(String name) throws Exception;

  @Test
  default void startedTimersComeDueEarliestFirst() throws Exception {
    String a = created("ta");
    String b = created("tb");
    TimerRecord late = new TimerRecord(a, 1, T0.plusSeconds(30));
    TimerRecord early = new TimerRecord(b, 1, T0.plusSeconds(10));
    TimerRecord middle = new TimerRecord(a, 2, T0.plusSeconds(20));
    store()
        .commit(
            List.of(
                withTimers(step(a, 2), List.of(late, middle), List.of()),
                withTimers(step(b, 2), List.of(early), List.of())));

    assertThat(store().nextTimer()).contains(early);
    assertThat(store().dueTimers(T0, 10)).isEmpty();
    assertThat(store().dueTimers(T0.plusSeconds(20), 10)).containsExactly(early, middle);
    assertThat(store().dueTimers(T0.plusSeconds(99), 10)).containsExactly(early, middle, late);
    assertThat(store().dueTimers(T0.plusSeconds(99), 2)).containsExactly(early, middle);
  }

  @Test
  default void timersDueAtTheSameInstantAreAllReturned() throws Exception {
    String a = created("same-due");
    List<TimerRecord> timers = new ArrayList<>();
    for (long id = 1; id <= 5; id++) {
      timers.add(new TimerRecord(a, id, T0.plusMillis(5)));
    }
    store().commit(List.of(withTimers(step(a, 2), timers, List.of())));

    assertThat(store().dueTimers(T0.plusMillis(5), 10)).containsExactlyElementsOf(timers);
  }

  @Test
  default void cancelledTimersAreGone() throws Exception {
    String a = created("cancel");
    TimerRecord first = new TimerRecord(a, 1, T0.plusSeconds(1));
    TimerRecord second = new TimerRecord(a, 2, T0.plusSeconds(2));
    store().commit(List.of(withTimers(step(a, 2), List.of(first, second), List.of())));
    // Timer 1 fired: its step cancels it, as the engine does for every fired timer.
    store()
        .commit(
            List.of(
                withTimers(
                    withInput(step(a, 3), new Event.TimerFired(1, T0.plusSeconds(1))),
                    List.of(),
                    List.of(1L, 99L))));

    assertThat(store().nextTimer()).contains(second);
    assertThat(store().dueTimers(T0.plusSeconds(60), 10)).containsExactly(second);
    store().commit(List.of(withTimers(step(a, 4), List.of(), List.of(2L))));
    assertThat(store().nextTimer()).isEmpty();
  }

  @Test
  default void aTimerStartedAgainUnderItsIdMoves() throws Exception {
    String a = created("move");
    store().commit(List.of(withTimers(step(a, 2), List.of(new TimerRecord(a, 1, T0)), List.of())));
    TimerRecord moved = new TimerRecord(a, 1, T0.plusSeconds(5));
    store().commit(List.of(withTimers(step(a, 3), List.of(moved), List.of())));

    assertThat(store().dueTimers(T0.plusSeconds(60), 10)).containsExactly(moved);
  }

  @Test
  default void anEndedExecutionLeavesNoTimers() throws Exception {
    String a = created("ended-timers");
    String b = created("still-waiting");
    TimerRecord kept = new TimerRecord(b, 1, T0.plusSeconds(9));
    store()
        .commit(
            List.of(
                withTimers(step(a, 2), List.of(new TimerRecord(a, 1, T0)), List.of()),
                withTimers(step(b, 2), List.of(kept), List.of())));
    store()
        .commit(
            List.of(
                withEnd(
                    step(a, 3),
                    new ExecutionEnd(ExecutionStatus.ABORTED, T0, null, "Stopped", "stop"))));

    assertThat(store().dueTimers(T0.plusSeconds(60), 10)).containsExactly(kept);
  }
}
