package io.stepwise.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.interpreter.Execution;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DescribeMapRun, ListMapRuns and UpdateMapRun over a Distributed Map whose items wait. */
class MapRunsTest {

  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Fanout";
  private static final String QUEUE = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Four items, one at a time; each item waits for its callback. */
  private static final String DEFINITION =
      """
      {"StartAt":"Fan","States":{"Fan":{"Type":"Map","Label":"Items","ItemsPath":"$.items",
        "MaxConcurrency":1,"ToleratedFailureCount":0,
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Send","States":{"Send":{"Type":"Task","Resource":"%s",
            "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}},
        "End":true}}}
      """
          .formatted(QUEUE);

  private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T12:00:00Z"));
  private final ExecutionStore store = new InMemoryExecutionStore();
  private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
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
                  tokens.add(invocation.taskToken());
                  return TaskOutcome.succeeded(Json.NODES.objectNode());
                });
    ExecutionRuntime runtime =
        new ExecutionRuntime(store, new InMemoryExecutionStore(), tasks, clock);
    runtimes.add(runtime);
    return runtime;
  }

  private ExecutionRecord start(ExecutionRuntime runtime, String name) throws Exception {
    return runtime.start(
        new StartRequest(
            MACHINE,
            DEFINITION,
            StateMachineType.STANDARD,
            name,
            Json.parse("{\"items\":[1,2,3,4]}")));
  }

  private String nextToken() throws InterruptedException {
    String token = tokens.poll(10, TimeUnit.SECONDS);
    assertThat(token).as("a callback token").isNotNull();
    return token;
  }

  private static Execution.MapRunView only(ExecutionRuntime runtime, String executionArn) {
    List<Execution.MapRunView> runs = runtime.mapRuns(executionArn).orElseThrow();
    assertThat(runs).hasSize(1);
    return runs.get(0);
  }

  @Test
  void aRunningMapRunReportsItsLimitsAndItemCounts() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "counts");
    nextToken();

    Execution.MapRunView run = only(runtime, execution.executionArn());
    assertThat(run.mapRunArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:Fanout/Items:");
    assertThat(run.executionArn()).isEqualTo(execution.executionArn());
    assertThat(run.status()).isEqualTo("RUNNING");
    assertThat(run.stopDate()).isNull();
    assertThat(run.maxConcurrency()).isEqualTo(1);
    assertThat(run.toleratedFailureCount()).isZero();
    assertThat(run.itemCounts()).isEqualTo(new Execution.MapRunCounts(3, 1, 0, 0, 0, 4));
    assertThat(runtime.describeMapRun(run.mapRunArn())).contains(run);
  }

  @Test
  void raisingMaxConcurrencyStartsTheWaitingItemsAndTheRunEndsSucceeded() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "raise");
    List<String> sent = new ArrayList<>(List.of(nextToken()));
    String mapRunArn = only(runtime, execution.executionArn()).mapRunArn();

    assertThat(runtime.updateMapRun(mapRunArn, 0, null, null)).isPresent();
    for (int i = 0; i < 3; i++) {
      sent.add(nextToken());
    }
    Execution.MapRunView raised = runtime.describeMapRun(mapRunArn).orElseThrow();
    assertThat(raised.maxConcurrency()).isZero();
    assertThat(raised.itemCounts().running()).isEqualTo(4);

    for (String token : sent) {
      runtime.sendTaskSuccess(token, Json.parse("{\"ok\":true}"));
    }
    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    Execution.MapRunView done = runtime.describeMapRun(mapRunArn).orElseThrow();
    assertThat(done.status()).isEqualTo("SUCCEEDED");
    assertThat(done.stopDate()).isNotNull();
    assertThat(done.itemCounts()).isEqualTo(new Execution.MapRunCounts(0, 0, 4, 0, 0, 4));
  }

  @Test
  void raisingTheToleratedFailureCountLetsTheRunOutliveFailedItems() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "tolerate");
    String first = nextToken();
    String mapRunArn = only(runtime, execution.executionArn()).mapRunArn();

    runtime.updateMapRun(mapRunArn, null, 2L, null);
    runtime.sendTaskFailure(first, "Boom", "first");
    runtime.sendTaskFailure(nextToken(), "Boom", "second");
    runtime.sendTaskSuccess(nextToken(), Json.parse("{}"));
    runtime.sendTaskSuccess(nextToken(), Json.parse("{}"));

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    Execution.MapRunView done = runtime.describeMapRun(mapRunArn).orElseThrow();
    assertThat(done.toleratedFailureCount()).isEqualTo(2);
    assertThat(done.itemCounts()).isEqualTo(new Execution.MapRunCounts(0, 0, 2, 2, 0, 4));
  }

  @Test
  void aFailureBeyondTheToleranceFailsTheRunAndItsExecution() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "fail");
    runtime.sendTaskFailure(nextToken(), "Boom", "first");

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.FAILED);
    Execution.MapRunView run = only(runtime, execution.executionArn());
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.itemCounts().failed()).isEqualTo(1);
    assertThat(run.itemCounts().succeeded()).isZero();
  }

  @Test
  void theItemsStillRunningWhenTheRunFailsAreCountedAborted() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "abort-on-failure");
    String first = nextToken();
    runtime.updateMapRun(only(runtime, execution.executionArn()).mapRunArn(), 2, null, null);
    nextToken();
    runtime.sendTaskFailure(first, "Boom", "first");

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.FAILED);
    assertThat(only(runtime, execution.executionArn()).itemCounts())
        .isEqualTo(new Execution.MapRunCounts(2, 0, 0, 1, 1, 4));
  }

  @Test
  void stoppingTheExecutionAbortsTheRunAndItsRunningItems() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "stop");
    nextToken();
    runtime.stop(execution.executionArn(), "Stopped", "by the test");

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.ABORTED);
    Execution.MapRunView run = only(runtime, execution.executionArn());
    assertThat(run.status()).isEqualTo("ABORTED");
    assertThat(run.itemCounts()).isEqualTo(new Execution.MapRunCounts(3, 0, 0, 0, 1, 4));
  }

  @Test
  void aRedrivenExecutionRunsItsFailedMapRunAgain() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "redrive");
    runtime.sendTaskFailure(nextToken(), "Boom", "first");
    runtime.awaitEnd(execution.executionArn(), LIMIT);

    runtime.redrive(execution.executionArn());
    for (int i = 0; i < 4; i++) {
      runtime.sendTaskSuccess(nextToken(), Json.parse("{}"));
    }

    assertThat(runtime.awaitEnd(execution.executionArn(), LIMIT).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    Execution.MapRunView run = only(runtime, execution.executionArn());
    assertThat(run.status()).isEqualTo("SUCCEEDED");
    assertThat(run.redriveCount()).isEqualTo(1);
    assertThat(run.redriveDate()).isNotNull();
    assertThat(run.itemCounts()).isEqualTo(new Execution.MapRunCounts(0, 0, 4, 0, 0, 4));
    assertThat(
            store.history(execution.executionArn(), false, null, 1000).items().stream()
                .filter(event -> event.type() == HistoryEventType.MAP_RUN_REDRIVEN)
                .map(event -> event.details().path("redriveCount").asInt()))
        .containsExactly(1);
  }

  @Test
  void aMapRunIsFoundByItsArnInAProcessThatNeverSawItStep() throws Exception {
    ExecutionRuntime first = runtime();
    ExecutionRecord execution = start(first, "restart");
    String token = nextToken();
    first.stop(execution.executionArn(), "Stopped", "before the restart");
    first.awaitEnd(execution.executionArn(), LIMIT);
    String mapRunArn = only(first, execution.executionArn()).mapRunArn();
    first.close();

    ExecutionRuntime second = runtime();
    assertThat(second.describeMapRun(mapRunArn))
        .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("ABORTED"));
    assertThat(second.describeMapRun(mapRunArn.replace("Fanout/", "Other/"))).isEmpty();
    assertThat(token).isNotNull();
  }

  @Test
  void anUpdateToAnEndedRunChangesNothing() throws Exception {
    ExecutionRuntime runtime = runtime();
    ExecutionRecord execution = start(runtime, "ended");
    runtime.sendTaskFailure(nextToken(), "Boom", "first");
    runtime.awaitEnd(execution.executionArn(), LIMIT);
    String mapRunArn = only(runtime, execution.executionArn()).mapRunArn();

    assertThat(runtime.updateMapRun(mapRunArn, 7, null, null))
        .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("FAILED"));
    assertThat(runtime.describeMapRun(mapRunArn).orElseThrow().maxConcurrency()).isEqualTo(1);
    assertThat(runtime.mapRuns(execution.executionArn() + "-missing")).isEmpty();
  }
}
