package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class RestartTest extends ServerTestSupport {
  static final String WAIT_1 =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"P\"},"
          + "\"P\":{\"Type\":\"Pass\",\"Result\":\"done\",\"End\":true}}}";

  @Test
  void anExecutionWaitingWhenTheServerStopsFinishesAfterTheNextStart() throws Exception {
    String machine = createStateMachine("Patient", WAIT_1);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    stopServer();
    server = null;
    sfn = null;

    startOn(dataDir);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    ExecutionStatus status;
    do {
      Thread.sleep(50);
      status = sfn.describeExecution(b -> b.executionArn(arn)).status();
    } while (status == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline));
    assertThat(status).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).output()).isEqualTo("\"done\"");
  }
}
