package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** StartExecution's trace header is kept with the execution and answered by DescribeExecution. */
class TraceHeaderTest extends ServerTestSupport {
  static final String XRAY =
      "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
  static final String WAIT_1 =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}";

  @Test
  void theTraceHeaderIsKeptAcrossARestart() throws Exception {
    String machine = createStateMachine("Traced", WAIT_1);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader(XRAY)).executionArn();
    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).traceHeader()).isEqualTo(XRAY);

    stopServer();
    server = null;
    sfn = null;
    startOn(dataDir);

    assertThat(awaitEnd(arn).traceHeader()).isEqualTo(XRAY);
  }

  @Test
  void theTraceHeaderIsKeptAcrossARedrive() throws Exception {
    String machine = createStateMachine("Failing", FAIL);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader(XRAY)).executionArn();
    assertThat(awaitEnd(arn).status().toString()).isEqualTo("FAILED");

    sfn.redriveExecution(b -> b.executionArn(arn));

    assertThat(sfn.describeExecution(b -> b.executionArn(arn)).redriveCount()).isEqualTo(1);
    assertThat(awaitEnd(arn).traceHeader()).isEqualTo(XRAY);
  }

  @Test
  void anExecutionStartedWithoutATraceHeaderHasNone() throws Exception {
    String machine = createStateMachine("Untraced", PASS);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    assertThat(awaitEnd(arn).traceHeader()).isNull();
  }

  @Test
  void aTraceHeaderLongerThan256CharactersIsRefusedAsAwsRefusesIt() {
    String machine = createStateMachine("TooLong", PASS);
    String header = "Root=" + "a".repeat(252);

    assertThatThrownBy(
            () -> sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader(header)))
        .isInstanceOfSatisfying(
            SfnException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "1 validation error detected: Value '"
                          + header
                          + "' at 'traceHeader' failed to satisfy constraint: Member must have"
                          + " length less than or equal to 256");
            });
  }

  @Test
  void aTraceHeaderThatIsNotAsciiIsRefused() {
    String machine = createStateMachine("NotAscii", PASS);

    assertThatThrownBy(
            () -> sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader("Root=é")))
        .isInstanceOfSatisfying(
            SfnException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .endsWith("Member must satisfy regular expression pattern: \\p{ASCII}*"));
  }
}
