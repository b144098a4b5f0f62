package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Activities: list, create, delete; the task tokens that wait, answered from the page. */
class ActivityPagesTest extends ConsoleTestSupport {
  private static final Pattern TOKEN =
      Pattern.compile("class=\"token-value\" readonly value=\"([^\"]+)\"");

  static String review(String activityArn) {
    return """
    {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s",
      "HeartbeatSeconds":600,"TimeoutSeconds":3600,"End":true}}}
    """
        .formatted(activityArn);
  }

  @Test
  void activitiesAreCreatedListedAndDeleted() throws Exception {
    assertThat(get("/activities").body()).contains("No activities yet", "No task waits");

    HttpResponse<String> created = postForm("/activities", form("name", "approve"));

    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(sfn.listActivities().activities())
        .extracting(a -> a.name())
        .containsExactly("approve");
    String arn = sfn.listActivities().activities().get(0).activityArn();
    assertThat(get("/activities").body()).contains(">approve<", arn, "Delete activity approve");

    HttpResponse<String> deleted =
        postForm("/activities/delete", form("activityArn", arn), "HX-Request", "true");

    assertThat(deleted.headers().firstValue("HX-Redirect")).hasValue("/activities");
    assertThat(sfn.listActivities().activities()).isEmpty();
  }

  @Test
  void aBadActivityNameIsRefusedInPlace() throws Exception {
    HttpResponse<String> refused =
        postForm("/activities", form("name", "no spaces allowed"), "HX-Request", "true");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("alert-error", "InvalidName");
  }

  @Test
  void aWaitingActivityTokenIsListedAndAnsweredFromThePage() throws Exception {
    String activity = sfn.createActivity(b -> b.name("review")).activityArn();
    String machine = createStateMachine("Reviews", review(activity));
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).name("r-1")).executionArn();

    String page = awaitToken();
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).isTrue();
    assertThat(page)
        .contains(">Reviews:r-1<", ">Review<", activity, "600 s", "3600 s")
        .contains("Send task success", "Send task failure", "Send task heartbeat");

    HttpResponse<String> heartbeat =
        postForm("/task-tokens/heartbeat", form("taskToken", token.group(1)), "HX-Request", "true");
    assertThat(heartbeat.body()).contains("Heartbeat sent");
    HttpResponse<String> answered =
        postForm(
            "/task-tokens/success",
            form("taskToken", token.group(1), "output", "{\"approved\":true}"));

    assertThat(answered.statusCode()).isEqualTo(303);
    var ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output()).isEqualTo("{\"approved\":true}");
    assertThat(get("/activities").body()).contains("No task waits");
  }

  @Test
  void aWaitingTokenFailedFromThePageFailsTheExecution() throws Exception {
    String activity = sfn.createActivity(b -> b.name("review")).activityArn();
    String machine = createStateMachine("Reviews", review(activity));
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    Matcher token = TOKEN.matcher(awaitToken());
    assertThat(token.find()).isTrue();

    postForm(
        "/task-tokens/failure",
        form("taskToken", token.group(1), "error", "Rejected", "cause", "not today"));

    var ended = awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("Rejected");
    assertThat(ended.cause()).isEqualTo("not today");
  }

  @Test
  void invalidOutputIsRefusedInPlace() throws Exception {
    HttpResponse<String> refused =
        postForm(
            "/task-tokens/success",
            form("taskToken", "not-a-token", "output", "{}"),
            "HX-Request",
            "true");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("alert-error", "InvalidToken");
  }

  private String awaitToken() throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (true) {
      String page = get("/activities").body();
      if (TOKEN.matcher(page).find() || System.nanoTime() > deadline) {
        return page;
      }
      Thread.sleep(20);
    }
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
