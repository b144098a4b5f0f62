package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeActivityResponse;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListActivitiesResponse;
import software.amazon.awssdk.services.sfn.model.Tag;

class ActivityActionsTest extends ServerTestSupport {
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:activity:";
  static final Duration LONG_POLL = Duration.ofMillis(600);

  @Override
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir).withActivityTaskWait(LONG_POLL);
  }

  @Test
  void createsDescribesAndDeletesActivities() {
    CreateActivityResponse created =
        sfn.createActivity(b -> b.name("Work").tags(Tag.builder().key("team").value("a").build()));
    assertThat(created.activityArn()).isEqualTo(PREFIX + "Work");
    assertThat(created.creationDate()).isNotNull();

    CreateActivityResponse again =
        sfn.createActivity(b -> b.name("Work").tags(Tag.builder().key("team").value("b").build()));
    assertThat(again.activityArn()).isEqualTo(created.activityArn());
    assertThat(again.creationDate()).isEqualTo(created.creationDate());
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(created.activityArn())).tags())
        .containsExactly(Tag.builder().key("team").value("a").build());

    DescribeActivityResponse described =
        sfn.describeActivity(b -> b.activityArn(created.activityArn()));
    assertThat(described.name()).isEqualTo("Work");
    assertThat(described.creationDate()).isEqualTo(created.creationDate());

    sfn.deleteActivity(b -> b.activityArn(created.activityArn()));
    assertThatThrownBy(() -> sfn.describeActivity(b -> b.activityArn(created.activityArn())))
        .isInstanceOf(ActivityDoesNotExistException.class)
        .hasMessageStartingWith("Activity Does Not Exist: '" + PREFIX + "Work'");
    // Deleting again is no error, as on AWS.
    sfn.deleteActivity(b -> b.activityArn(created.activityArn()));
  }

  @Test
  void refusesBadNamesAndArns() {
    assertThatThrownBy(() -> sfn.createActivity(b -> b.name("no spaces")))
        .isInstanceOf(InvalidNameException.class);
    assertThatThrownBy(() -> sfn.describeActivity(b -> b.activityArn("not-an-arn")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() ->
            sfn.describeActivity(
                b -> b.activityArn("arn:aws:states:us-east-1:123456789012:stateMachine:Work")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> sfn.getActivityTask(b -> b.activityArn(PREFIX + "Missing")))
        .isInstanceOf(ActivityDoesNotExistException.class);
  }

  @Test
  void listsActivitiesByNamePageByPage() {
    for (String name : List.of("e", "c", "a", "d", "b")) {
      sfn.createActivity(b -> b.name(name));
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListActivitiesResponse page = sfn.listActivities(b -> b.maxResults(2).nextToken(next));
      page.activities().stream().map(ActivityListItem::name).forEach(names::add);
      assertThat(page.activities())
          .allSatisfy(item -> {
            assertThat(item.activityArn()).isEqualTo(PREFIX + item.name());
            assertThat(item.creationDate()).isNotNull();
          });
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(3);
    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    assertThat(sfn.listActivities(b -> b.maxResults(0)).activities()).hasSize(5);
    assertThatThrownBy(() -> sfn.listActivities(b -> b.nextToken("bogus")))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void getActivityTaskAnswersNothingAfterTheLongPoll() {
    String arn = sfn.createActivity(b -> b.name("Idle")).activityArn();
    long started = System.nanoTime();
    GetActivityTaskResponse answer = sfn.getActivityTask(b -> b.activityArn(arn).workerName("w"));
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    assertThat(answer.taskToken()).isNull();
    assertThat(answer.input()).isNull();
    assertThat(waited).isBetween(LONG_POLL.minusMillis(50), LONG_POLL.plusSeconds(2));
  }

  @Test
  void aClientThatGivesUpOnTheLongPollLeavesTheServerWell() throws Exception {
    String arn = sfn.createActivity(b -> b.name("Impatient")).activityArn();
    try (SfnClient impatient = impatientClient(Duration.ofMillis(150))) {
      assertThatThrownBy(() -> impatient.getActivityTask(b -> b.activityArn(arn)))
          .isInstanceOf(ApiCallTimeoutException.class);
      assertThatThrownBy(() -> impatient.getActivityTask(b -> b.activityArn(arn)))
          .isInstanceOf(ApiCallTimeoutException.class);
    }
    assertThat(sfn.describeActivity(b -> b.activityArn(arn)).name()).isEqualTo("Impatient");
    assertThat(sfn.getActivityTask(b -> b.activityArn(arn)).taskToken()).isNull();

    // A worker that waits long enough still gets the next task.
    String machine =
        createStateMachine(
            "AfterImpatience",
            "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
                + arn
                + "\",\"End\":true}}}");
    String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    String token = ActivityWorkerTest.pollForTask(sfn, arn, "patient").taskToken();
    sfn.sendTaskSuccess(b -> b.taskToken(token).output("\"ok\""));
    assertThat(awaitEnd(execution).output()).isEqualTo("\"ok\"");
  }

  private SfnClient impatientClient(Duration timeout) {
    return SfnClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(config -> config.apiCallTimeout(timeout))
        .build();
  }
}
