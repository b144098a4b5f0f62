package io.stepwise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.interpreter.Runs;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The state machine's TimeoutSeconds ends the execution as TIMED_OUT. */
class ExecutionTimeoutTest {

  @Test
  void aWaitLongerThanTheExecutionTimeoutTimesOut() {
    ExecutionResult result =
        Runs.run(
            """
            {"TimeoutSeconds":5,"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":60,"Next":"P"},
              "P":{"Type":"Pass","End":true}}}
            """,
            "{}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(result.output()).isNull();
    assertThat(Runs.types(result))
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
    HistoryEvent timedOut = Runs.only(result, HistoryEventType.EXECUTION_TIMED_OUT);
    assertThat(timedOut.timestamp()).isEqualTo(Runs.T0.plusSeconds(5));
  }

  @Test
  void anExecutionThatEndsInTimeIsNotTimedOutLater() {
    ExecutionResult result =
        Runs.run(
            """
            {"TimeoutSeconds":5,"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":4,"End":true}}}
            """,
            "{}");
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Runs.types(result)).doesNotContain("ExecutionTimedOut");
  }

  @Test
  void theExecutionTimeoutStopsAHangingTask() {
    CountDownLatch release = new CountDownLatch(1);
    TaskResources hanging =
        TaskResources.none()
            .register(
                "arn:aws:states:::lambda:invoke",
                invocation -> {
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return TaskOutcome.succeeded(Runs.json("{}"));
                });
    try {
      ExecutionResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () ->
                  Runs.prepare(
                          """
                          {"TimeoutSeconds":1,"StartAt":"T","States":{
                            "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                                 "End":true}}}
                          """)
                      .clock(Clock.systemUTC())
                      .skipWaits(true)
                      .taskResources(hanging)
                      .run());
      assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(Runs.types(result)).endsWith("TaskStarted", "ExecutionTimedOut");
    } finally {
      release.countDown();
    }
  }
}
