package io.stepwise.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runtime over a store: many executions, timers, tasks, stop, restart and recovery. */
class ExecutionRuntimeTest {

  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Orders";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final ExecutionStore store = new InMemoryExecutionStore();
  private final List<ExecutionRuntime> runtimes = new ArrayList<>();

  @AfterEach
  void closeRuntimes() {
    runtimes.forEach(ExecutionRuntime::close);
  }

  private ExecutionRuntime runtime(TaskResources tasks) {
    ExecutionRuntime runtime =
        new ExecutionRuntime(store, new InMemoryExecutionStore(), tasks, clock);
    runtimes.add(runtime);
    return runtime;
  }

  private static StartRequest request(String definition, String name, String input) {
    try {
      return new StartRequest(
          MACHINE, definition, StateMachineType.STANDARD, name, Json.parse(input));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private List<HistoryEvent> history(String arn) {
    return store.history(arn, false, null, 1000).items();
  }

  @Test
  void runsAnExecutionToItsEndAndKeepsItsHistory() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"ok":true},"End":true}}}
                """,
                "first",
                "{}"));

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(ended.output())).isEqualTo(Json.parse("{\"ok\":true}"));
    assertThat(history(started.executionArn()))
        .extracting(HistoryEvent::type)
        .containsExactly(
            HistoryEventType.EXECUTION_STARTED,
            HistoryEventType.PASS_STATE_ENTERED,
            HistoryEventType.PASS_STATE_EXITED,
            HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void waitingExecutionsLeaveMemoryAndComeBackWhenTheirTimerFires() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    String definition =
        """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"Next":"P"},
          "P":{"Type":"Pass","Parameters":{"woke.$":"$$.State.EnteredTime"},"End":true}}}
        """;
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      arns.add(runtime.start(request(definition, "wait-" + i, "{}")).executionArn());
    }
    awaitCondition(() -> runtime.liveExecutions() == 0);
    assertThat(store.nextTimer()).isPresent();

    clock.advance(Duration.ofHours(1));
    runtime.wakeTimers();

    for (String arn : arns) {
      ExecutionRecord ended = runtime.awaitEnd(arn, LIMIT);
      assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(ended.output()).contains("2024-06-01T13:00:00.000Z");
    }
  }

  @Test
  void tasksRunOnVirtualThreadsAndRetriesWaitOnTimers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ExecutionRuntime runtime =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:flaky",
                    invocation ->
                        calls.incrementAndGet() < 3
                            ? TaskOutcome.failed("Flaky", "try again")
                            : TaskOutcome.succeeded(invocation.parameters())));
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task",
                  "Resource":"arn:aws:lambda:us-east-1:123456789012:function:flaky",
                  "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":10,"MaxAttempts":5}],
                  "End":true}}}
                """,
                "retries",
                "{\"n\":1}"));

    // Each retry waits on a timer: move the clock until the third attempt has run.
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (runtime.describe(started.executionArn()).orElseThrow().status()
        == ExecutionStatus.RUNNING) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      clock.advance(Duration.ofSeconds(10));
      runtime.wakeTimers();
      Thread.sleep(10);
    }

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(calls).hasValue(3);
  }

  @Test
  void aStoppedExecutionEndsAborted() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":86400,"End":true}}}
                """,
                "to-stop",
                "{}"));

    assertThat(runtime.stop(started.executionArn(), "Operator", "not needed")).isTrue();

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(ended.error()).isEqualTo("Operator");
    assertThat(history(started.executionArn()).getLast().type())
        .isEqualTo(HistoryEventType.EXECUTION_ABORTED);
    assertThat(runtime.stop(MACHINE.replace("stateMachine", "execution") + ":nope", "e", "c"))
        .isFalse();
  }

  @Test
  void startingARunningNameAgainIsIdempotentOnlyWithTheSameInput() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    String definition =
        """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}
        """;
    ExecutionRecord first = runtime.start(request(definition, "same", "{\"a\":1}"));

    assertThat(runtime.start(request(definition, "same", "{\"a\":1}")).executionArn())
        .isEqualTo(first.executionArn());
    assertThatThrownBy(() -> runtime.start(request(definition, "same", "{\"a\":2}")))
        .isInstanceOf(ExecutionAlreadyExistsException.class);
  }

  @Test
  void aRestartedRuntimeResumesExecutionsAndInvokesInterruptedTasksAgain() throws Exception {
    CountDownLatch firstAttempts = new CountDownLatch(3);
    CountDownLatch never = new CountDownLatch(1);
    ExecutionRuntime crashed =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:slow",
                    invocation -> {
                      firstAttempts.countDown();
                      try {
                        never.await(); // Still running when the process "dies".
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return TaskOutcome.failed("Lost", "the process died");
                    }));
    String definition =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task",
          "Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow","End":true}}}
        """;
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      arns.add(
          crashed
              .start(request(definition, "interrupted-" + i, "{\"i\":" + i + "}"))
              .executionArn());
    }
    assertThat(firstAttempts.await(10, TimeUnit.SECONDS)).isTrue();
    crashed.close(); // The results of the first attempts never arrive.

    ExecutionRuntime restarted =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:slow",
                    invocation -> TaskOutcome.succeeded(invocation.parameters())));
    assertThat(restarted.recover()).isEqualTo(3);

    for (String arn : arns) {
      ExecutionRecord ended = restarted.awaitEnd(arn, LIMIT);
      assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(history(arn))
          .extracting(HistoryEvent::type)
          .containsExactly(
              HistoryEventType.EXECUTION_STARTED,
              HistoryEventType.TASK_STATE_ENTERED,
              HistoryEventType.LAMBDA_FUNCTION_SCHEDULED,
              HistoryEventType.LAMBDA_FUNCTION_STARTED,
              HistoryEventType.LAMBDA_FUNCTION_STARTED, // the new attempt after the restart
              HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED,
              HistoryEventType.TASK_STATE_EXITED,
              HistoryEventType.EXECUTION_SUCCEEDED);
    }
    assertThat(restarted.reinvokedTasks()).isEqualTo(3);
    never.countDown();
  }

  @Test
  void expressExecutionsRunInMemoryWithoutHistory() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    ExecutionRecord started =
        runtime.start(
            new StartRequest(
                MACHINE,
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}
                """,
                StateMachineType.EXPRESS,
                "quick",
                Json.parse("{\"x\":1}")));

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(started.executionArn()).contains(":express:Orders:quick:");
    assertThat(store.execution(started.executionArn())).isEmpty();
    JsonNode output = Json.parse(ended.output());
    assertThat(output).isEqualTo(Json.parse("{\"x\":1}"));
  }

  @Test
  void synchronousExpressExecutionsRunOnTheCallersThread() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    io.stepwise.engine.run.ExecutionResult result =
        runtime.startSync(
            new StartRequest(
                MACHINE,
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass",
                  "Parameters":{"id.$":"$$.Execution.Id"},"End":true}}}
                """,
                StateMachineType.EXPRESS,
                "sync",
                Json.parse("{}")));

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("id").asText())
        .startsWith("arn:aws:states:us-east-1:123456789012:express:Orders:sync:");
    assertThat(result.history()).isEmpty();
  }

  @Test
  void atMostTheConfiguredNumberOfStandardExecutionsRunAtOnce() throws Exception {
    io.stepwise.engine.interpreter.Limits two =
        new io.stepwise.engine.interpreter.Limits(25_000, 256 * 1024, 3600, 300, 2);
    ExecutionRuntime runtime =
        new ExecutionRuntime(store, new InMemoryExecutionStore(), TaskResources.none(), clock, two);
    runtimes.add(runtime);
    String waiting =
        """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}
        """;
    ExecutionRecord first = runtime.start(request(waiting, "one", "{}"));
    runtime.start(request(waiting, "two", "{}"));

    assertThatThrownBy(() -> runtime.start(request(waiting, "three", "{}")))
        .isInstanceOf(ExecutionLimitExceededException.class);

    runtime.stop(first.executionArn(), "Done", "made room");
    runtime.awaitEnd(first.executionArn(), LIMIT);
    assertThat(runtime.start(request(waiting, "three", "{}")).status())
        .isEqualTo(ExecutionStatus.RUNNING);
    assertThat(runtime.openExecutions()).isEqualTo(2);
  }

  @Test
  void stoppingAnExecutionInterruptsItsRunningTasks() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    ExecutionRuntime runtime =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:forever",
                    invocation -> {
                      started.countDown();
                      try {
                        new CountDownLatch(1).await();
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                      }
                      return TaskOutcome.failed("Interrupted", "stopped");
                    }));
    ExecutionRecord execution =
        runtime.start(
            request(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task",
                  "Resource":"arn:aws:lambda:us-east-1:123456789012:function:forever","End":true}}}
                """,
                "stopped",
                "{}"));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    runtime.stop(execution.executionArn(), "Stop", "enough");

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.ABORTED);
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRedriveRunsTheFailedStateAgainAndKeepsWhatSucceeded() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ExecutionRuntime runtime =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:once-broken",
                    invocation ->
                        calls.incrementAndGet() == 1
                            ? TaskOutcome.failed("Broken", "first time")
                            : TaskOutcome.succeeded(invocation.parameters())));
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"Before","States":{
                  "Before":{"Type":"Pass","Result":{"step":"before"},"Next":"T"},
                  "T":{"Type":"Task",
                    "Resource":"arn:aws:lambda:us-east-1:123456789012:function:once-broken",
                    "End":true}}}
                """,
                "redrive-me",
                "{}"));
    assertThat(runtime.awaitEnd(started.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.FAILED);

    ExecutionRecord redriven = runtime.redrive(started.executionArn()).orElseThrow();
    assertThat(redriven.redriveCount()).isEqualTo(1);
    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(ended.output())).isEqualTo(Json.parse("{\"step\":\"before\"}"));
    List<HistoryEventType> types =
        history(started.executionArn()).stream().map(HistoryEvent::type).toList();
    assertThat(types)
        .containsSubsequence(
            HistoryEventType.EXECUTION_FAILED,
            HistoryEventType.EXECUTION_REDRIVEN,
            HistoryEventType.TASK_STATE_ENTERED,
            HistoryEventType.EXECUTION_SUCCEEDED);
    // The Pass state before the failure did not run again.
    assertThat(types.stream().filter(HistoryEventType.PASS_STATE_ENTERED::equals)).hasSize(1);
    assertThatThrownBy(() -> runtime.redrive(started.executionArn()))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageContaining("succeeded");
  }

  @Test
  void aRedrivenMapRunsOnlyItsFailedIterations() throws Exception {
    java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    ExecutionRuntime runtime =
        runtime(
            TaskResources.none()
                .register(
                    "arn:aws:lambda:us-east-1:123456789012:function:item",
                    invocation -> {
                      calls.incrementAndGet();
                      String item = invocation.parameters().asText();
                      return item.equals("b") && failedOnce.add(item)
                          ? TaskOutcome.failed("ItemFailed", item)
                          : TaskOutcome.succeeded(invocation.parameters());
                    }));
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
                  "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task",
                    "Resource":"arn:aws:lambda:us-east-1:123456789012:function:item",
                    "End":true}}},"End":true}}}
                """,
                "map-redrive",
                "[\"a\",\"b\",\"c\"]"));
    assertThat(runtime.awaitEnd(started.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.FAILED);
    assertThat(calls).hasValue(2); // a, then b failed and the Map stopped.

    runtime.redrive(started.executionArn());
    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(ended.output())).isEqualTo(Json.parse("[\"a\",\"b\",\"c\"]"));
    assertThat(calls).as("a is not run again").hasValue(4);
  }

  @Test
  void anAtMostOnceStateFailsItsInterruptedTaskInsteadOfInvokingItAgain() throws Exception {
    CountDownLatch firstAttempt = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    TaskResources tasks =
        TaskResources.none()
            .register(
                "arn:aws:lambda:us-east-1:123456789012:function:charge",
                invocation -> {
                  calls.incrementAndGet();
                  firstAttempt.countDown();
                  try {
                    new CountDownLatch(1).await(); // The process dies before it answers.
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return TaskOutcome.succeeded(invocation.parameters());
                });
    ExecutionRuntime crashed = runtime(tasks);
    ExecutionRecord started =
        crashed.start(
            request(
                """
                {"StartAt":"Charge","States":{"Charge":{"Type":"Task",
                  "Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge",
                  "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Refund"}],"End":true},
                  "Refund":{"Type":"Pass","End":true}}}
                """,
                "charge-once",
                "{}"));
    assertThat(firstAttempt.await(10, TimeUnit.SECONDS)).isTrue();
    crashed.close();

    ExecutionRuntime restarted =
        runtime(tasks).atMostOnce((machine, state, resource) -> state.equals("Charge"));
    restarted.recover();

    ExecutionRecord ended = restarted.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output()).contains("States.TaskFailed").contains("at-most-once");
    assertThat(calls).as("charged once, never again").hasValue(1);
    assertThat(restarted.reinvokedTasks()).isZero();
  }

  @Test
  void executionsOfADeletedStateMachineEndAtTheirNextTransition() throws Exception {
    ExecutionRuntime runtime = runtime(TaskResources.none());
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"P"},
                  "P":{"Type":"Pass","End":true}}}
                """,
                "doomed",
                "{}"));
    awaitCondition(() -> runtime.liveExecutions() == 0);

    runtime.stateMachineDeleted(MACHINE);
    clock.advance(Duration.ofMinutes(1));
    runtime.wakeTimers();

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(history(started.executionArn()))
        .extracting(HistoryEvent::type)
        .doesNotContain(HistoryEventType.PASS_STATE_ENTERED);
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in " + LIMIT);
      }
      Thread.sleep(5);
    }
  }
}
