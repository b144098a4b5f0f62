package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * An execution runs as its state machine's role: ExecutionStarted and {@code $$.Execution.RoleArn}
 * name it, also after a restart, and for synchronous Express executions.
 */
class ExecutionRoleTest extends ServerTestSupport {
  private static final String WHO_AM_I =
      """
      {"StartAt":"Nap","States":{
        "Nap":{"Type":"Wait","Seconds":1,"Next":"Who"},
        "Who":{"Type":"Pass","Parameters":{"role.$":"$$.Execution.RoleArn"},"End":true}}}
      """;

  @Test
  void anExecutionNamesItsStateMachinesRoleAlsoAfterARestart() throws Exception {
    String machine = createStateMachine("Roles", WHO_AM_I);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    stopServer();
    startOn(dataDir);

    String output = awaitEnd(arn).output();

    assertThat(output).isEqualTo("{\"role\":\"" + ROLE + "\"}");
    HistoryEvent started = sfn.getExecutionHistory(b -> b.executionArn(arn)).events().getFirst();
    assertThat(started.type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo(ROLE);
  }

  @Test
  void aSynchronousExpressExecutionNamesItsStateMachinesRole() {
    String machine =
        sfn.createStateMachine(b ->
                b.name("ExpressRoles")
                    .type(StateMachineType.EXPRESS)
                    .definition(
                        "{\"StartAt\":\"Who\",\"States\":{\"Who\":{\"Type\":\"Pass\","
                            + "\"Parameters\":{\"role.$\":\"$$.Execution.RoleArn\"},\"End\":true}}}")
                    .roleArn(ROLE))
            .stateMachineArn();

    String output = sfn.startSyncExecution(b -> b.stateMachineArn(machine)).output();

    assertThat(output).isEqualTo("{\"role\":\"" + ROLE + "\"}");
  }
}
