package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The execution list, the start form, an execution's page, its state details, Stop, Redrive. */
class ExecutionPagesTest extends ConsoleTestSupport {
  static final String PASS =
      """
      {"QueryLanguage":"JSONata","StartAt":"Greet","States":{"Greet":{"Type":"Pass",
        "Output":{"greeting":"{% 'Hello ' & $states.input.who %}"},
        "Assign":{"greeted":"{% $states.input.who %}"},"End":true}}}
      """;
  static final String FAIL =
      """
      {"StartAt":"Boom","States":{"Boom":{"Type":"Fail","Error":"Custom.Broken","Cause":"it broke"}}}
      """;
  static final String WAIT =
      """
      {"StartAt":"Nap","States":{"Nap":{"Type":"Wait","Seconds":30,"End":true}}}
      """;

  static final String WHO = "{\"who\":\"Ada\"}";

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theListFiltersByStatusAndName() throws Exception {
    String passes = createStateMachine("Passes", PASS);
    String fails = createStateMachine("Fails", FAIL);
    String ok =
        sfn.startExecution(b -> b.stateMachineArn(passes).name("order-1").input(WHO))
            .executionArn();
    String bad = sfn.startExecution(b -> b.stateMachineArn(fails).name("order-2")).executionArn();
    sfn.startExecution(b -> b.stateMachineArn(passes).name("refund-1").input(WHO));
    awaitEnd(ok);
    awaitEnd(bad);

    String all = get("/executions").body();
    String failed = get("/executions?status=FAILED").body();
    String orders = get("/executions?q=ORDER").body();
    HttpResponse<String> fragment =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        base + "/executions?stateMachineArn=" + enc(passes) + "&q=refund"))
                .header("HX-Request", "true")
                .header("HX-Target", "executions-table")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(all).contains(">order-1<", ">order-2<", ">refund-1<", "status status-FAILED");
    assertThat(failed).contains(">order-2<").doesNotContain(">order-1<", ">refund-1<");
    assertThat(failed).contains("<option value=\"FAILED\" selected>");
    assertThat(orders).contains(">order-1<", ">order-2<").doesNotContain(">refund-1<");
    assertThat(fragment.body())
        .contains(">refund-1<")
        .doesNotContain(">order-1<", "<html", "execution-filters");
  }

  @Test
  void theStartFormStartsAnExecutionWithItsInputAndShowsIt() throws Exception {
    String machine = createStateMachine("Greeter", PASS);
    assertThat(get("/executions/new?stateMachineArn=" + enc(machine)).body())
        .contains("Start execution", "name=\"input\"", "name=\"testCase\"");

    HttpResponse<String> started =
        postForm(
            "/executions",
            form("stateMachineArn", machine, "name", "from-form", "input", "{\"who\":\"Ada\"}"));

    assertThat(started.statusCode()).isEqualTo(303);
    String arn = machine.replace(":stateMachine:", ":execution:") + ":from-form";
    assertThat(started.headers().firstValue("Location")).hasValue("/execution?arn=" + enc(arn));
    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.input()).isEqualTo("{\"who\":\"Ada\"}");

    String page = get("/execution?arn=" + enc(arn)).body();
    assertThat(page)
        .contains("status status-SUCCEEDED", arn, "Hello Ada", "PassStateEntered")
        .contains("ExecutionSucceeded")
        .doesNotContain("sse-connect", "Stop execution", ">Redrive<");
  }

  @Test
  void aRefusedStartIsShownInPlaceForHtmx() throws Exception {
    String machine = createStateMachine("Greeter", PASS);
    HttpResponse<String> refused =
        postForm(
            "/executions",
            form("stateMachineArn", machine, "input", "{not json"),
            "HX-Request",
            "true");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("alert-error", "InvalidExecutionInput");
  }

  @Test
  void aFailedExecutionShowsItsErrorAndCauseAndCanBeRedriven() throws Exception {
    String machine = createStateMachine("Fails", FAIL);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    awaitEnd(arn);

    String page = get("/execution?arn=" + enc(arn)).body();
    String state = get("/execution/state?arn=" + enc(arn) + "&name=Boom").body();
    HttpResponse<String> redriven =
        postForm("/execution/redrive", form("arn", arn), "HX-Request", "true");

    assertThat(page).contains("status status-FAILED", "Custom.Broken", "it broke", ">Redrive<");
    assertThat(state).contains("Boom", "Fail", "status-FAILED", "Custom.Broken", "it broke");
    assertThat(redriven.headers().firstValue("HX-Redirect")).hasValue("/execution?arn=" + enc(arn));
    DescribeExecutionResponse after = awaitEnd(arn);
    assertThat(after.redriveCount()).isEqualTo(1);
    assertThat(get("/execution?arn=" + enc(arn)).body()).contains("Redrives", "ExecutionRedriven");
  }

  @Test
  void aRedriveRefusedIsShownInPlace() throws Exception {
    String machine = createStateMachine("Greeter", PASS);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input(WHO)).executionArn();
    assertThat(awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    HttpResponse<String> refused =
        postForm("/execution/redrive", form("arn", arn), "HX-Request", "true");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("alert-error", "ExecutionNotRedrivable");
  }

  @Test
  void aRunningExecutionIsLiveAndStopsThroughTheForm() throws Exception {
    String machine = createStateMachine("Waits", WAIT);
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    String page = get("/execution?arn=" + enc(arn)).body();
    assertThat(page)
        .contains(
            "status status-RUNNING", "Stop execution", "hx-ext=\"sse\"", "sse-close=\"ended\"")
        .contains("sse-connect=\"/execution/live?arn=" + enc(arn) + "\"", "WaitStateEntered");
    assertThat(get("/execution/state?arn=" + enc(arn) + "&name=Nap").body())
        .contains("status-RUNNING", "Wait");

    HttpResponse<String> stopped =
        postForm("/execution/stop", form("arn", arn, "error", "Manual", "cause", "from the page"));

    assertThat(stopped.statusCode()).isEqualTo(303);
    DescribeExecutionResponse ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(ended.error()).isEqualTo("Manual");
    assertThat(ended.cause()).isEqualTo("from the page");
    assertThat(get("/execution?arn=" + enc(arn)).body())
        .contains("status status-ABORTED", "Manual", ">Redrive<")
        .doesNotContain("sse-connect");
  }

  @Test
  void aPassStateShowsItsInputOutputAndAssignedVariables() throws Exception {
    String machine = createStateMachine("Greeter", PASS);
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"who\":\"Grace\"}"))
            .executionArn();
    awaitEnd(arn);

    HttpResponse<String> fragment =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/execution/state?arn=" + enc(arn) + "&name=Greet"))
                .header("HX-Request", "true")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(fragment.body())
        .doesNotContain("<html")
        .contains("Pass", "status-SUCCEEDED", "Grace", "Hello Grace")
        .contains("Assigned variables", "$greeted", "<pre class=\"json\">\"Grace\"</pre>");
    assertThat(get("/execution/state?arn=" + enc(arn) + "&name=Greet").body())
        .contains("<html", "Hello Grace");
  }

  @Test
  void aMissingExecutionIsNotFound() throws Exception {
    HttpResponse<String> missing =
        get("/execution?arn=" + enc("arn:aws:states:us-east-1:123456789012:execution:No:x"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("ExecutionDoesNotExist");
  }
}
