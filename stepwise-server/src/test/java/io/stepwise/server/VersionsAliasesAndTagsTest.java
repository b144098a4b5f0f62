package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;

class VersionsAliasesAndTagsTest extends ServerTestSupport {

  @Test
  void publishesVersionsAndRoutesExecutionsThroughAliases() {
    String machine = createStateMachine("Versioned", PASS);
    String v1 =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine).description("first"))
            .stateMachineVersionArn();
    assertThat(v1).isEqualTo(machine + ":1");
    sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(WAIT_10));
    String v2 =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
    assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
        .extracting(item -> item.stateMachineVersionArn())
        .containsExactly(v2, v1);
    assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(v1)).definition()).isEqualTo(PASS);

    String alias =
        sfn.createStateMachineAlias(b ->
                b.name("live")
                    .description("production")
                    .routingConfiguration(
                        RoutingConfigurationListItem.builder()
                            .stateMachineVersionArn(v1)
                            .weight(100)
                            .build()))
            .stateMachineAliasArn();
    assertThat(alias).isEqualTo(machine + ":live");
    DescribeStateMachineAliasResponse described =
        sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias));
    assertThat(described.description()).isEqualTo("production");
    assertThat(described.routingConfiguration().get(0).stateMachineVersionArn()).isEqualTo(v1);
    assertThat(sfn.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases())
        .extracting(item -> item.stateMachineAliasArn())
        .containsExactly(alias);

    String execution = sfn.startExecution(b -> b.stateMachineArn(alias)).executionArn();
    DescribeExecutionResponse started = sfn.describeExecution(b -> b.executionArn(execution));
    assertThat(started.stateMachineArn()).isEqualTo(machine);
    assertThat(started.stateMachineVersionArn()).isEqualTo(v1);
    assertThat(started.stateMachineAliasArn()).isEqualTo(alias);
    assertThat(sfn.listExecutions(b -> b.stateMachineArn(alias)).executions())
        .extracting(item -> item.executionArn())
        .containsExactly(execution);

    assertThatThrownBy(() -> sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1)))
        .isInstanceOf(ConflictException.class);
    assertThat(
            sfn.updateStateMachineAlias(b ->
                    b.stateMachineAliasArn(alias)
                        .routingConfiguration(
                            RoutingConfigurationListItem.builder()
                                .stateMachineVersionArn(v2)
                                .weight(100)
                                .build()))
                .updateDate())
        .isNotNull();
    sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1));
    sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
    assertThatThrownBy(() -> sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void keepsTagsPerResourceUpToFifty() {
    String machine =
        sfn.createStateMachine(b ->
                b.name("Tagged")
                    .definition(PASS)
                    .roleArn(ROLE)
                    .tags(Tag.builder().key("team").value("core").build()))
            .stateMachineArn();
    sfn.tagResource(
        b -> b.resourceArn(machine).tags(Tag.builder().key("env").value("dev").build()));
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(machine)).tags())
        .extracting(Tag::key, Tag::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("team", "core"),
            org.assertj.core.groups.Tuple.tuple("env", "dev"));
    sfn.untagResource(b -> b.resourceArn(machine).tagKeys("team"));
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(machine)).tags())
        .extracting(Tag::key)
        .containsExactly("env");

    List<Tag> many = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      many.add(Tag.builder().key("k" + i).value("v").build());
    }
    assertThatThrownBy(() -> sfn.tagResource(b -> b.resourceArn(machine).tags(many)))
        .isInstanceOf(TooManyTagsException.class);
    assertThatThrownBy(() ->
            sfn.listTagsForResource(
                b -> b.resourceArn("arn:aws:states:us-east-1:123456789012:stateMachine:None")))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
