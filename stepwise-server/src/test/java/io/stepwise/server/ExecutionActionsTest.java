package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

class ExecutionActionsTest extends ServerTestSupport {

  @Test
  void startsDescribesAndListsExecutionsWithTheirHistory() throws Exception {
    String machine = createStateMachine("Runs", PASS);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine).name("first").input("{\"a\":1}"))
            .executionArn();
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Runs:first");

    DescribeExecutionResponse described = awaitEnd(arn);
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"a\":1}");
    assertThat(described.input()).isEqualTo("{\"a\":1}");
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(described.redriveCount()).isZero();
    assertThat(described.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
    assertThat(described.stopDate()).isAfterOrEqualTo(described.startDate());

    assertThat(sfn.describeStateMachineForExecution(b -> b.executionArn(arn)).definition())
        .isEqualTo(PASS);

    GetExecutionHistoryResponse all = sfn.getExecutionHistory(b -> b.executionArn(arn));
    assertThat(all.events())
        .extracting(e -> e.type())
        .containsExactly(
            HistoryEventType.EXECUTION_STARTED,
            HistoryEventType.PASS_STATE_ENTERED,
            HistoryEventType.PASS_STATE_EXITED,
            HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(all.events().get(0).executionStartedEventDetails().input()).isEqualTo("{\"a\":1}");
    assertThat(all.events().get(0).timestamp()).isNotNull();

    GetExecutionHistoryResponse page1 =
        sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(3).reverseOrder(true));
    assertThat(page1.events()).hasSize(3);
    assertThat(page1.events().get(0).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    GetExecutionHistoryResponse page2 =
        sfn.getExecutionHistory(
            b -> b.executionArn(arn).maxResults(3).reverseOrder(true).nextToken(page1.nextToken()));
    assertThat(page2.events())
        .extracting(e -> e.type())
        .containsExactly(HistoryEventType.EXECUTION_STARTED);
    assertThat(page2.nextToken()).isNull();

    GetExecutionHistoryResponse noData =
        sfn.getExecutionHistory(b -> b.executionArn(arn).includeExecutionData(false));
    assertThat(noData.events().get(0).executionStartedEventDetails().input()).isNull();
  }

  @Test
  void listsExecutionsNewestFirstPageByPage() throws Exception {
    String machine = createStateMachine("Many", PASS);
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = "e" + i;
      started.add(sfn.startExecution(b -> b.stateMachineArn(machine).name(name)).executionArn());
      Thread.sleep(5);
    }
    for (String arn : started) {
      awaitEnd(arn);
    }
    List<String> listed = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListExecutionsResponse page =
          sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(2).nextToken(next));
      page.executions().stream().map(ExecutionListItem::executionArn).forEach(listed::add);
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(3);
    assertThat(listed).containsExactlyElementsOf(started.reversed());
    assertThat(
            sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.FAILED))
                .executions())
        .isEmpty();
  }

  @Test
  void stopsARunningExecution() throws Exception {
    String machine = createStateMachine("Waits", WAIT_10);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    assertThat(sfn.stopExecution(b -> b.executionArn(arn).error("Stop").cause("enough")).stopDate())
        .isNotNull();
    DescribeExecutionResponse described = awaitEnd(arn);
    assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(described.error()).isEqualTo("Stop");
    assertThat(described.cause()).isEqualTo("enough");
    assertThat(described.redriveStatusAsString()).isEqualTo("REDRIVABLE");
  }

  @Test
  void redrivesAFailedExecution() throws Exception {
    String machine = createStateMachine("Fails", FAIL);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    assertThat(awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
    java.time.Instant redriveDate = sfn.redriveExecution(b -> b.executionArn(arn)).redriveDate();
    assertThat(redriveDate).isNotNull();
    DescribeExecutionResponse redriven = awaitEnd(arn);
    assertThat(redriven.redriveCount()).isEqualTo(1);
    assertThat(redriven.redriveDate()).isBetween(redriven.startDate(), redriven.stopDate());
    assertThat(
            sfn.listExecutions(b -> b.stateMachineArn(machine)).executions().get(0).redriveDate())
        .isEqualTo(redriven.redriveDate());
    assertThat(redriven.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(sfn.getExecutionHistory(b -> b.executionArn(arn)).events())
        .extracting(e -> e.type())
        .contains(HistoryEventType.EXECUTION_REDRIVEN);
  }

  @Test
  void aTakenNameIsRefusedButARepeatOfARunningStartIsNot() {
    String machine = createStateMachine("Names", WAIT_10);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).name("n")).executionArn();
    assertThat(sfn.startExecution(b -> b.stateMachineArn(machine).name("n")).executionArn())
        .isEqualTo(arn);
    assertThatThrownBy(
            () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("n").input("{\"x\":1}")))
        .isInstanceOf(ExecutionAlreadyExistsException.class)
        .hasMessageContaining("Execution Already Exists: '" + arn + "'");
  }

  @Test
  void answersAwsErrorsForWhatDoesNotExistOrIsNotValid() {
    String missing = "arn:aws:states:us-east-1:123456789012:execution:None:x";
    assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(missing)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageContaining("Execution Does Not Exist: '" + missing + "'");
    assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn("bad")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() ->
            sfn.startExecution(
                b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:No")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    String machine = createStateMachine("Inputs", PASS);
    assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).input("{nope")))
        .isInstanceOf(InvalidExecutionInputException.class);
  }

  @Test
  void runsExpressStateMachinesSynchronously() {
    String machine =
        sfn.createStateMachine(b -> b.name("Quick").definition(PASS).roleArn(ROLE).type("EXPRESS"))
            .stateMachineArn();
    StartSyncExecutionResponse result =
        sfn.startSyncExecution(b -> b.stateMachineArn(machine).name("now").input("{\"v\":2}"));
    assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo("{\"v\":2}");
    assertThat(result.executionArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:express:Quick:now:");
    assertThat(result.billingDetails().billedDurationInMilliseconds()).isGreaterThanOrEqualTo(100);

    String standard = createStateMachine("Slow", PASS);
    assertThatThrownBy(() -> sfn.startSyncExecution(b -> b.stateMachineArn(standard)))
        .isInstanceOf(StateMachineTypeNotSupportedException.class);
    assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn(machine)))
        .isInstanceOf(StateMachineTypeNotSupportedException.class);
  }
}
