package io.stepwise.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code .waitForTaskToken} callbacks, activities with workers, heartbeats and stale tokens. */
class CallbacksAndActivitiesTest {

  private static final String MACHINE =
      "arn:aws:states:us-east-1:123456789012:stateMachine:Callbacks";
  private static final String QUEUE = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:review";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final ExecutionStore store = new InMemoryExecutionStore();
  private final BlockingQueue<String> sentTokens = new ArrayBlockingQueue<>(16);
  private final List<ExecutionRuntime> runtimes = new ArrayList<>();

  @AfterEach
  void close() {
    runtimes.forEach(ExecutionRuntime::close);
  }

  private ExecutionRuntime runtime() {
    TaskResources tasks =
        TaskResources.none()
            .register(
                QUEUE,
                invocation -> {
                  sentTokens.add(invocation.taskToken());
                  return TaskOutcome.succeeded(Json.NODES.objectNode().put("MessageId", "m-1"));
                });
    ExecutionRuntime runtime =
        new ExecutionRuntime(store, new InMemoryExecutionStore(), tasks, clock);
    runtimes.add(runtime);
    return runtime;
  }

  private static StartRequest request(String definition, String name) throws Exception {
    return new StartRequest(MACHINE, definition, StateMachineType.STANDARD, name, Json.parse("{}"));
  }

  private void awaitEvent(String arn, HistoryEventType type) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!types(arn).contains(type)) {
      assertThat(System.nanoTime()).as("waiting for " + type).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private List<HistoryEventType> types(String arn) {
    return store.history(arn, false, null, 1000).items().stream().map(HistoryEvent::type).toList();
  }

  private static final String CALLBACK =
      """
      {"StartAt":"Send","States":{"Send":{"Type":"Task","Resource":"%s",
        "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
      """
          .formatted(QUEUE);

  @Test
  void aCallbackTaskWaitsForSendTaskSuccessAfterItsRequestIsSubmitted() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord started = runtime.start(request(CALLBACK, "callback"));
    String token = sentTokens.poll(10, TimeUnit.SECONDS);
    assertThat(token).isNotNull();
    // The token is out before the send returns; the test answers once the submit is recorded.
    awaitEvent(started.executionArn(), HistoryEventType.TASK_SUBMITTED);

    runtime.sendTaskSuccess(token, Json.parse("{\"approved\":true}"));

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(ended.output())).isEqualTo(Json.parse("{\"approved\":true}"));
    assertThat(types(started.executionArn()))
        .containsSubsequence(
            HistoryEventType.TASK_SCHEDULED,
            HistoryEventType.TASK_STARTED,
            HistoryEventType.TASK_SUBMITTED,
            HistoryEventType.TASK_SUCCEEDED);
    assertThatThrownBy(() -> runtime.sendTaskSuccess(token, Json.parse("{}")))
        .isInstanceOf(TaskTimedOutException.class);
    assertThatThrownBy(() -> runtime.sendTaskSuccess("not a token", Json.parse("{}")))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void sendTaskFailureFailsTheTaskWithTheGivenErrorAndCause() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord started = runtime.start(request(CALLBACK, "refused"));
    runtime.sendTaskFailure(sentTokens.poll(10, TimeUnit.SECONDS), "Rejected", "not today");

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("Rejected");
    assertThat(ended.cause()).isEqualTo("not today");
  }

  @Test
  void callbackTokensSurviveARestart() throws Exception {
    ExecutionRuntime first = runtime();
    ExecutionRecord started = first.start(request(CALLBACK, "survivor"));
    String token = sentTokens.poll(10, TimeUnit.SECONDS);
    // Once the request's submission is durable, a restart must not send it again.
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!types(started.executionArn()).contains(HistoryEventType.TASK_SUBMITTED)) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
    first.close();

    ExecutionRuntime second = runtime();
    second.recover();
    second.sendTaskSuccess(token, Json.parse("\"done\""));

    assertThat(second.awaitEnd(started.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(sentTokens).as("the message is not sent again after the restart").isEmpty();
  }

  @Test
  void anActivityWorkerTakesTheTaskAndAnswersIt() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s",
                  "Parameters":{"doc":"x"},"End":true}}}
                """
                    .formatted(ACTIVITY),
                "reviewed"));

    ActivityTask task =
        runtime.getActivityTask(ACTIVITY, "worker-1", Duration.ofSeconds(10)).orElseThrow();
    assertThat(task.input()).isEqualTo(Json.parse("{\"doc\":\"x\"}"));
    runtime.sendTaskSuccess(task.taskToken(), Json.parse("{\"ok\":true}"));

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(types(started.executionArn()))
        .containsSubsequence(
            HistoryEventType.ACTIVITY_SCHEDULED,
            HistoryEventType.ACTIVITY_STARTED,
            HistoryEventType.ACTIVITY_SUCCEEDED);
    HistoryEvent activityStarted =
        store.history(started.executionArn(), false, null, 100).items().stream()
            .filter(e -> e.type() == HistoryEventType.ACTIVITY_STARTED)
            .findFirst()
            .orElseThrow();
    assertThat(activityStarted.details().path("workerName").asText()).isEqualTo("worker-1");
    assertThat(runtime.getActivityTask(ACTIVITY, "worker-1", Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void anActivityWithoutHeartbeatsTimesOutWithStatesHeartbeatTimeout() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s",
                  "HeartbeatSeconds":10,"TimeoutSeconds":600,"End":true}}}
                """
                    .formatted(ACTIVITY),
                "silent"));
    ActivityTask task =
        runtime.getActivityTask(ACTIVITY, "worker-2", Duration.ofSeconds(10)).orElseThrow();
    awaitActivityStarted(started.executionArn());

    // A heartbeat within the interval keeps it alive...
    clock.advance(Duration.ofSeconds(8));
    awaitHeartbeatAccepted(runtime, task.taskToken());
    clock.advance(Duration.ofSeconds(8));
    runtime.wakeTimers();
    Thread.sleep(100);
    assertThat(runtime.describe(started.executionArn()).orElseThrow().status())
        .isEqualTo(ExecutionStatus.RUNNING);
    // ...and silence past it ends it.
    clock.advance(Duration.ofSeconds(5));
    runtime.wakeTimers();

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.HeartbeatTimeout");
    assertThat(types(started.executionArn())).contains(HistoryEventType.ACTIVITY_TIMED_OUT);
  }

  @Test
  void aCallbackWithoutHeartbeatsTimesOutWithStatesTimeout() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"Send","States":{"Send":{"Type":"Task","Resource":"%s",
                  "HeartbeatSeconds":5,"TimeoutSeconds":600,
                  "Parameters":{"MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
                """
                    .formatted(QUEUE),
                "unanswered"));
    awaitEvent(started.executionArn(), HistoryEventType.TASK_SUBMITTED);

    clock.advance(Duration.ofSeconds(6));
    runtime.wakeTimers();

    // Unlike an activity's, a service integration's missed heartbeat is States.Timeout at AWS.
    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.Timeout");
    assertThat(types(started.executionArn())).contains(HistoryEventType.TASK_TIMED_OUT);
  }

  private void awaitActivityStarted(String arn) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!types(arn).contains(HistoryEventType.ACTIVITY_STARTED)) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Sends a heartbeat and waits until its step has moved the heartbeat timer. */
  private void awaitHeartbeatAccepted(ExecutionRuntime runtime, String token) throws Exception {
    Instant before = store.nextTimer().map(timer -> timer.due()).orElse(Instant.MIN);
    runtime.sendTaskHeartbeat(token);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (store.nextTimer().map(timer -> timer.due()).orElse(Instant.MIN).equals(before)) {
      assertThat(System.nanoTime()).as("the heartbeat moved the timer").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void aStateNamingAnActivityThatDoesNotExistFailsWithoutSchedulingIt() throws Exception {
    ExecutionRuntime runtime = runtime().activityDirectory(arn -> !arn.equals(ACTIVITY));
    ExecutionRecord started =
        runtime.start(
            request(
                """
                {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s",
                  "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Never"}],"End":true},
                  "Never":{"Type":"Succeed"}}}
                """
                    .formatted(ACTIVITY),
                "missing"));

    ExecutionRecord ended = runtime.awaitEnd(started.executionArn(), LIMIT);

    // A runtime error: States.ALL does not catch it, and nothing was scheduled.
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.Runtime");
    assertThat(ended.cause())
        .isEqualTo(
            "An error occurred while executing the state 'Review' (entered at the event id #2)."
                + " The activity "
                + ACTIVITY
                + " does not exist.");
    assertThat(types(started.executionArn()))
        .containsExactly(
            HistoryEventType.EXECUTION_STARTED,
            HistoryEventType.TASK_STATE_ENTERED,
            HistoryEventType.EXECUTION_FAILED);
  }

  @Test
  void theTasksThatWaitAreListedWithTheirTokensUntilAnswered() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord callback = runtime.start(request(CALLBACK, "listed"));
    String token = sentTokens.poll(10, TimeUnit.SECONDS);
    awaitEvent(callback.executionArn(), HistoryEventType.TASK_SUBMITTED);
    ExecutionRecord activity =
        runtime.start(
            request(
                """
                {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s","End":true}}}
                """
                    .formatted(ACTIVITY),
                "reviewed"));
    awaitEvent(activity.executionArn(), HistoryEventType.ACTIVITY_SCHEDULED);

    List<WaitingTask> waiting = runtime.waitingTasks();

    assertThat(waiting)
        .extracting(WaitingTask::executionArn, WaitingTask::stateName, WaitingTask::resource)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(callback.executionArn(), "Send", QUEUE),
            org.assertj.core.groups.Tuple.tuple(activity.executionArn(), "Review", ACTIVITY));
    assertThat(waiting.get(0).taskToken()).isEqualTo(token);
    runtime.sendTaskSuccess(waiting.get(1).taskToken(), Json.parse("{}"));
    runtime.sendTaskSuccess(token, Json.parse("{}"));
    runtime.awaitEnd(activity.executionArn(), LIMIT);
    runtime.awaitEnd(callback.executionArn(), LIMIT);
    // The end is durable (and seen by awaitEnd) a moment before the table is brought in step.
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!runtime.waitingTasks().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(runtime.waitingTasks()).isEmpty();
  }
}
