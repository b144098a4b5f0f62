package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.integrations.mock.MockConfig;
import io.stepwise.integrations.mock.MockConfigException;
import io.stepwise.integrations.mock.MockConfigParser;
import io.stepwise.server.ServerConfig;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Pages of executions that run a mock configuration's test case: the start form's test case, a
 * retried task's attempts, a Map's iterations.
 */
class ExecutionMockedPagesTest extends ConsoleTestSupport {
  private static final String MOCKS =
      """
      {"StateMachines": {"Orders": {"TestCases": {
         "HappyPath": {"Charge": "ChargeOk"},
         "RetryPath": {"Charge": "ChargeFlaky"}}}},
       "MockedResponses": {
         "ChargeOk": {"0": {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}},
         "ChargeFlaky": {
           "0": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
           "1": {"Return": {"StatusCode": 200, "Payload": {"charged": "later"}}}}}}
      """;

  private static final String ORDERS =
      """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
          "ResultSelector": {"charged.$": "$.Payload.charged"}, "ResultPath": "$.charge",
          "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1,
                     "MaxAttempts": 1}],
          "Next": "Items"},
        "Items": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.doubled",
          "ItemProcessor": {"StartAt": "Double", "States": {
            "Double": {"Type": "Pass", "End": true}}},
          "End": true}}}
      """;

  @Override
  ServerConfig config(Path dataDir) {
    try {
      MockConfig mocks = MockConfigParser.parse(MOCKS, "MockConfigFile.json");
      return ServerConfig.of(0, dataDir).withMockConfig(mocks);
    } catch (MockConfigException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theStartFormRunsATestCaseAndARetriedTaskShowsEachAttempt() throws Exception {
    String machine = createStateMachine("Orders", ORDERS);

    HttpResponse<String> started =
        postForm(
            "/executions",
            form(
                "stateMachineArn",
                machine,
                "name",
                "retried",
                "input",
                "{\"items\":[1,2,3]}",
                "testCase",
                "RetryPath"),
            "HX-Request",
            "true");

    String arn = machine.replace(":stateMachine:", ":execution:") + ":retried";
    assertThat(started.headers().firstValue("HX-Redirect")).hasValue("/execution?arn=" + enc(arn));
    var ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.stateMachineArn()).isEqualTo(machine);

    String charge = get("/execution/state?arn=" + enc(arn) + "&name=Charge").body();
    assertThat(charge)
        .contains("Task", "status-SUCCEEDED", "Attempts <span class=\"count\">(2, 1 retry)")
        .contains("Lambda.TooManyRequestsException", "slow down", "Succeeded")
        .contains("\"charged\" : \"later\"");

    String items = get("/execution/state?arn=" + enc(arn) + "&name=Items").body();
    assertThat(items)
        .contains(
            "Map",
            "status status-SUCCEEDED\">SUCCEEDED</span>\n",
            "Iterations <span class=\"count\">(3)",
            "SUCCEEDED: 3");
    String double_ = get("/execution/state?arn=" + enc(arn) + "&name=Double").body();
    assertThat(double_).contains("3 runs", "Run 3");
  }

  @Test
  void anUnknownTestCaseIsRefusedInPlace() throws Exception {
    String machine = createStateMachine("Orders", ORDERS);
    HttpResponse<String> refused =
        postForm(
            "/executions",
            form("stateMachineArn", machine, "testCase", "NoSuchCase"),
            "HX-Request",
            "true");
    assertThat(refused.body()).contains("alert-error", "ValidationException", "NoSuchCase");
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
