package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.Tag;

/** Tags and the version or alias that started each execution are in the data directory's file. */
class TagsAndOriginsAcrossRestartTest extends ServerTestSupport {

  void restart() {
    stopServer();
    server = null;
    sfn = null;
    startOn(dataDir);
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private String createTaggedMachine(String name) {
    return sfn.createStateMachine(b ->
            b.name(name)
                .definition(PASS)
                .roleArn(ROLE)
                .tags(tag("team", "core"), tag("env", "dev")))
        .stateMachineArn();
  }

  private String publish(String machine) {
    return sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
  }

  private String alias(String version) {
    return sfn.createStateMachineAlias(b ->
            b.name("live")
                .routingConfiguration(
                    RoutingConfigurationListItem.builder()
                        .stateMachineVersionArn(version)
                        .weight(100)
                        .build()))
        .stateMachineAliasArn();
  }

  private String activity(String name) {
    return sfn.createActivity(b -> b.name(name).tags(tag("queue", "slow"))).activityArn();
  }

  private List<String> tagsOf(String resourceArn) {
    return sfn.listTagsForResource(b -> b.resourceArn(resourceArn)).tags().stream()
        .map(t -> t.key() + "=" + t.value())
        .toList();
  }

  @Test
  void tagsSurviveARestart() {
    String machine = createTaggedMachine("Tagged");
    sfn.untagResource(b -> b.resourceArn(machine).tagKeys("team"));
    sfn.tagResource(b -> b.resourceArn(machine).tags(tag("owner", "ops"), tag("env", "prod")));
    String version = publish(machine);
    sfn.tagResource(b -> b.resourceArn(version).tags(tag("release", "1")));
    String alias = alias(version);
    sfn.tagResource(b -> b.resourceArn(alias).tags(tag("stage", "live")));
    String activity = activity("Work");

    restart();

    assertThat(tagsOf(machine)).containsExactly("env=prod", "owner=ops");
    assertThat(tagsOf(version)).containsExactly("release=1");
    assertThat(tagsOf(alias)).containsExactly("stage=live");
    assertThat(tagsOf(activity)).containsExactly("queue=slow");
  }

  @Test
  void theVersionAndAliasThatStartedAnExecutionSurviveARestart() throws Exception {
    String machine = createStateMachine("Versioned", PASS);
    String version = publish(machine);
    String alias = alias(version);
    String byAlias = sfn.startExecution(b -> b.stateMachineArn(alias).name("a")).executionArn();
    String byVersion = sfn.startExecution(b -> b.stateMachineArn(version).name("v")).executionArn();
    String byMachine = sfn.startExecution(b -> b.stateMachineArn(machine).name("m")).executionArn();
    awaitEnd(byAlias);
    awaitEnd(byVersion);
    awaitEnd(byMachine);

    restart();

    DescribeExecutionResponse aliased = sfn.describeExecution(b -> b.executionArn(byAlias));
    assertThat(aliased.stateMachineVersionArn()).isEqualTo(version);
    assertThat(aliased.stateMachineAliasArn()).isEqualTo(alias);
    DescribeExecutionResponse versioned = sfn.describeExecution(b -> b.executionArn(byVersion));
    assertThat(versioned.stateMachineVersionArn()).isEqualTo(version);
    assertThat(versioned.stateMachineAliasArn()).isNull();
    DescribeExecutionResponse plain = sfn.describeExecution(b -> b.executionArn(byMachine));
    assertThat(plain.stateMachineVersionArn()).isNull();
    assertThat(plain.stateMachineAliasArn()).isNull();
    assertThat(sfn.listExecutions(b -> b.stateMachineArn(alias)).executions())
        .extracting(ExecutionListItem::executionArn, ExecutionListItem::stateMachineAliasArn)
        .containsExactly(tuple(byAlias, alias));
  }

  @Test
  void deletingAStateMachineOrActivityForgetsItsTagsAndTheirsOfItsVersionsAndAliases() {
    String machine = createTaggedMachine("Deleted");
    String version = publish(machine);
    sfn.tagResource(b -> b.resourceArn(version).tags(tag("release", "1")));
    String alias = alias(version);
    sfn.tagResource(b -> b.resourceArn(alias).tags(tag("stage", "live")));
    String activity = activity("Gone");
    sfn.deleteStateMachine(b -> b.stateMachineArn(machine));
    sfn.deleteActivity(b -> b.activityArn(activity));

    restart();

    String again = createStateMachine("Deleted", PASS);
    assertThat(again).isEqualTo(machine);
    assertThat(tagsOf(again)).isEmpty();
    String versionAgain = publish(again);
    assertThat(versionAgain).isEqualTo(version);
    assertThat(tagsOf(versionAgain)).isEmpty();
    assertThat(tagsOf(alias(versionAgain))).isEmpty();
    String activityAgain = sfn.createActivity(b -> b.name("Gone")).activityArn();
    assertThat(activityAgain).isEqualTo(activity);
    assertThat(tagsOf(activityAgain)).isEmpty();
  }
}
