package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ListMapRunsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** DescribeMapRun, ListMapRuns and UpdateMapRun through the AWS SDK, with activity workers. */
class MapRunActionsTest extends ServerTestSupport {

  /** A Distributed Map over three items, one at a time, each waiting for an activity worker. */
  private String fanout(String activityArn) {
    return createStateMachine(
        "Fanout",
        """
        {"StartAt":"Fan","States":{"Fan":{"Type":"Map","Label":"Items","ItemsPath":"$.items",
          "MaxConcurrency":1,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}},
          "End":true}}}
        """
            .formatted(activityArn));
  }

  private String take(String activityArn) {
    GetActivityTaskResponse task =
        sfn.getActivityTask(b -> b.activityArn(activityArn).workerName("worker"));
    assertThat(task.taskToken()).as("an activity task").isNotEmpty();
    return task.taskToken();
  }

  @Test
  void aRunningMapRunIsListedDescribedAndWidened() throws Exception {
    String activity = sfn.createActivity(b -> b.name("Item")).activityArn();
    String machine = fanout(activity);
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"items\":[1,2,3]}"))
            .executionArn();
    List<String> tokens = new ArrayList<>(List.of(take(activity)));

    ListMapRunsResponse listed = sfn.listMapRuns(b -> b.executionArn(execution));
    assertThat(listed.mapRuns()).hasSize(1);
    MapRunListItem item = listed.mapRuns().get(0);
    assertThat(item.executionArn()).isEqualTo(execution);
    assertThat(item.stateMachineArn()).isEqualTo(machine + "/Items");
    assertThat(item.mapRunArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:Fanout/Items:");
    assertThat(item.stopDate()).isNull();

    DescribeMapRunResponse running = sfn.describeMapRun(b -> b.mapRunArn(item.mapRunArn()));
    assertThat(running.status()).isEqualTo(MapRunStatus.RUNNING);
    assertThat(running.executionArn()).isEqualTo(execution);
    assertThat(running.maxConcurrency()).isEqualTo(1);
    assertThat(running.itemCounts().total()).isEqualTo(3);
    assertThat(running.itemCounts().running()).isEqualTo(1);
    assertThat(running.itemCounts().pending()).isEqualTo(2);
    assertThat(running.executionCounts().running()).isEqualTo(1);
    assertThat(running.executionCounts().total()).isEqualTo(3);

    sfn.updateMapRun(b -> b.mapRunArn(item.mapRunArn()).maxConcurrency(0));
    tokens.add(take(activity));
    tokens.add(take(activity));
    for (String token : tokens) {
      sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
    }

    assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    DescribeMapRunResponse done = sfn.describeMapRun(b -> b.mapRunArn(item.mapRunArn()));
    assertThat(done.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(done.maxConcurrency()).isZero();
    assertThat(done.itemCounts().succeeded()).isEqualTo(3);
    assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());
  }

  @Test
  void listsMapRunsPageByPage() throws Exception {
    String machine =
        createStateMachine(
            "Twice",
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                "ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
                "Next":"B"},
              "B":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                "ExecutionType":"EXPRESS"},"StartAt":"Q","States":{"Q":{"Type":"Pass","End":true}}},
                "End":true}}}
            """);
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("[1,2]")).executionArn();
    assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

    ListMapRunsResponse first = sfn.listMapRuns(b -> b.executionArn(execution).maxResults(1));
    assertThat(first.mapRuns())
        .extracting(MapRunListItem::stateMachineArn)
        .containsExactly(machine + "/A");
    ListMapRunsResponse second =
        sfn.listMapRuns(b -> b.executionArn(execution).nextToken(first.nextToken()));
    assertThat(second.mapRuns())
        .extracting(MapRunListItem::stateMachineArn)
        .containsExactly(machine + "/B");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void badRequestsGetAwsErrors() {
    String machine = createStateMachine("Plain", PASS);
    String missingRun = "arn:aws:states:us-east-1:123456789012:mapRun:Plain/Fan:0000";

    assertThatThrownBy(() -> sfn.describeMapRun(b -> b.mapRunArn(machine)))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> sfn.describeMapRun(b -> b.mapRunArn(missingRun)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(missingRun).maxConcurrency(2)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(missingRun)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("maxConcurrency");
    assertThatThrownBy(
            () -> sfn.updateMapRun(b -> b.mapRunArn(missingRun).toleratedFailurePercentage(101f)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("toleratedFailurePercentage");
    assertThatThrownBy(() ->
            sfn.listMapRuns(
                b -> b.executionArn("arn:aws:states:us-east-1:123456789012:execution:Plain:none")))
        .isInstanceOf(ExecutionDoesNotExistException.class);
  }
}
