package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * An activity task a worker holds when the server stops: at-least-once by default (offered again
 * after the restart), at most once for a state named in the configuration.
 */
class AtMostOnceRestartTest extends ServerTestSupport {

  @Override
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir)
        .withActivityTaskWait(Duration.ofSeconds(2))
        .withAtMostOnce(AtMostOnceStates.of(List.of("Payments/Charge")));
  }

  private String startHeldTask(String machineName) {
    String activity = sfn.createActivity(b -> b.name(machineName + "-work")).activityArn();
    String machine =
        createStateMachine(
            machineName,
            """
            {"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"%s","End":true}}}
            """
                .formatted(activity));
    String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    String token = sfn.getActivityTask(b -> b.activityArn(activity)).taskToken();
    assertThat(token).as("the worker holds the task").isNotEmpty();
    return execution;
  }

  private void restart() {
    stopServer();
    startOn(dataDir);
  }

  @Test
  void anAtMostOnceStateFailsItsInterruptedTask() throws Exception {
    String execution = startHeldTask("Payments");
    restart();

    DescribeExecutionResponse ended = awaitEnd(execution);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.TaskFailed");
  }

  @Test
  void otherStatesOfferTheirInterruptedTaskAgain() throws Exception {
    String execution = startHeldTask("Mailer");
    restart();

    String activity = "arn:aws:states:us-east-1:123456789012:activity:Mailer-work";
    String again = sfn.getActivityTask(b -> b.activityArn(activity)).taskToken();
    assertThat(again).as("offered again after the restart").isNotEmpty();
    sfn.sendTaskSuccess(b -> b.taskToken(again).output("{}"));
    assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void aNameWithoutItsStateIsRefused() {
    assertThatThrownBy(() -> AtMostOnceStates.of(List.of("Payments")))
        .hasMessageContaining("<state machine name>/<state name>");
  }
}
