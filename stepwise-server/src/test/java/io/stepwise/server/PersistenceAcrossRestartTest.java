package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/** State machines, versions, aliases and activities are in the data directory's SQLite file. */
class PersistenceAcrossRestartTest extends ServerTestSupport {

  void restart() {
    stopServer();
    server = null;
    sfn = null;
    startOn(dataDir);
  }

  @Test
  void stateMachinesVersionsAliasesAndActivitiesSurviveARestart() throws Exception {
    String machine = createStateMachine("Kept", PASS);
    String version =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine).description("v1"))
            .stateMachineVersionArn();
    String alias =
        sfn.createStateMachineAlias(b ->
                b.name("live")
                    .routingConfiguration(
                        RoutingConfigurationListItem.builder()
                            .stateMachineVersionArn(version)
                            .weight(100)
                            .build()))
            .stateMachineAliasArn();
    String activity = sfn.createActivity(b -> b.name("KeptWork")).activityArn();
    DescribeStateMachineResponse before = sfn.describeStateMachine(b -> b.stateMachineArn(machine));

    restart();

    DescribeStateMachineResponse after = sfn.describeStateMachine(b -> b.stateMachineArn(machine));
    assertThat(after.definition()).isEqualTo(PASS);
    assertThat(after.creationDate()).isEqualTo(before.creationDate());
    assertThat(after.revisionId()).isEqualTo(before.revisionId());
    assertThat(sfn.listStateMachines(b -> {}).stateMachines())
        .extracting(StateMachineListItem::stateMachineArn)
        .containsExactly(machine);
    assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(version)).description())
        .isEqualTo("v1");
    assertThat(
            sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias))
                .routingConfiguration())
        .singleElement()
        .satisfies(route -> assertThat(route.stateMachineVersionArn()).isEqualTo(version));
    assertThat(sfn.listActivities(b -> {}).activities())
        .extracting(ActivityListItem::activityArn)
        .containsExactly(activity);

    String execution = sfn.startExecution(b -> b.stateMachineArn(alias)).executionArn();
    assertThat(awaitEnd(execution).status().toString()).isEqualTo("SUCCEEDED");
  }
}
