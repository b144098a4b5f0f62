package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.interpreter.Limits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionLimitExceededException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Quotas other than AWS's, set in the server's configuration, hold through the API. */
class QuotasTest extends ServerTestSupport {

  @Override
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir).withLimits(new Limits(10, 1024, 3600, 300, 1));
  }

  @Test
  void oneOpenExecutionAtATime() throws Exception {
    String machine = createStateMachine("Waits", WAIT_10);
    String first = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine)))
        .isInstanceOf(ExecutionLimitExceededException.class);

    sfn.stopExecution(b -> b.executionArn(first));
    assertThat(sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn()).isNotNull();
  }

  @Test
  void anExecutionPastTheHistoryQuotaFails() throws Exception {
    String machine =
        createStateMachine(
            "Long",
            """
            {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Pass","Next":"C"},"C":{"Type":"Pass","Next":"D"},
              "D":{"Type":"Pass","Next":"E"},"E":{"Type":"Pass","End":true}}}
            """);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    assertThat(awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(awaitEnd(arn).cause()).contains("maximum number of history events (10)");
  }
}
