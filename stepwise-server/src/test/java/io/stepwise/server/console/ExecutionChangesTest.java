package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.RecordedStep;
import io.stepwise.engine.store.ExecutionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console's one listener wakes the pages that follow an execution, and forgets them after. */
class ExecutionChangesTest {
  private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:M:e";

  private final ExecutionChanges changes = new ExecutionChanges();

  @Test
  void aRecordedStepWakesTheFollowersOfItsExecution() throws Exception {
    CountDownLatch woken = new CountDownLatch(1);
    Thread follower =
        Thread.ofVirtual()
            .start(() -> {
              try {
                changes.await(ARN, Duration.ofMinutes(10));
                woken.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    while (changes.followed() == 0) {
      Thread.sleep(1);
    }

    changes.recorded(step());

    assertThat(woken.await(30, TimeUnit.SECONDS)).as("woken long before its ten minutes").isTrue();
    follower.join();
    assertThat(changes.followed()).isZero();
  }

  @Test
  void anExecutionNobodyFollowsIsNotKept() throws Exception {
    changes.await(ARN, Duration.ofMillis(1));
    changes.recorded(step());

    assertThat(changes.followed()).isZero();
  }

  private static RecordedStep step() {
    ExecutionRecord execution =
        new ExecutionRecord(
            ARN,
            "arn:aws:states:us-east-1:123456789012:stateMachine:M",
            "e",
            StateMachineType.STANDARD,
            "{}",
            "{}",
            1,
            ExecutionStatus.RUNNING,
            Instant.EPOCH,
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null);
    return new RecordedStep(execution, 2, List.of(), null);
  }
}
