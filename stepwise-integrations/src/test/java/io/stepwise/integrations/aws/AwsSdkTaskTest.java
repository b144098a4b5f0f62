package io.stepwise.integrations.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsSdkTaskTest {

  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:222222222222:execution:machine:run";

  private final FakeAwsServices fakes = new FakeAwsServices("eu-west-1", "222222222222");
  private final AwsServiceClients clients = new AwsServiceClients(fakes.settings());
  private final TaskResources tasks = AwsTasks.addTo(TaskResources.none(), clients);

  @AfterEach
  void close() {
    clients.close();
    fakes.close();
  }

  private TaskOutcome invoke(String resource, String parameters) throws Exception {
    return tasks.invoke(
        new TaskInvocation(
            resource, Json.parse(parameters), "Call", EXECUTION, null, 0, 0, null, 0, 0L, 0L));
  }

  private static JsonNode output(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Succeeded.class);
    return ((TaskOutcome.Succeeded) outcome).output();
  }

  private static TaskOutcome.Failed failed(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Failed.class);
    return (TaskOutcome.Failed) outcome;
  }

  @Test
  void dynamoDbThroughTheSdkAnswersTheResponseAlone() throws Exception {
    fakes.dynamoDb().createTable("people", "id");

    JsonNode put =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:dynamodb:putItem",
                "{\"TableName\":\"people\",\"Item\":{\"id\":{\"S\":\"ada\"},"
                    + "\"tags\":{\"SS\":[\"math\"]},\"photo\":{\"B\":\"AAEC\"}}}"));
    JsonNode query =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:dynamodb:query",
                "{\"TableName\":\"people\",\"KeyConditionExpression\":\"id = :id\","
                    + "\"ExpressionAttributeValues\":{\":id\":{\"S\":\"ada\"}}}"));

    assertThat(put).isEqualTo(Json.parse("{}"));
    assertThat(query)
        .isEqualTo(
            Json.parse(
                "{\"Count\":1,\"Items\":[{\"id\":{\"S\":\"ada\"},\"tags\":{\"SS\":[\"math\"]},"
                    + "\"photo\":{\"B\":\"AAEC\"}}],\"ScannedCount\":1}"));
  }

  @Test
  void sdkFailuresAreNamedByServiceAndExceptionWithTheSdksMessage() throws Exception {
    TaskOutcome.Failed noTable =
        failed(
            invoke(
                "arn:aws:states:::aws-sdk:dynamodb:putItem",
                "{\"TableName\":\"nowhere\",\"Item\":{\"id\":{\"S\":\"x\"}}}"));
    TaskOutcome.Failed invalid =
        failed(
            invoke(
                "arn:aws:states:::aws-sdk:dynamodb:putItem",
                "{\"TableName\":\"no/where\",\"Item\":{\"id\":{\"S\":\"x\"}}}"));

    assertThat(noTable.failure().error()).isEqualTo("DynamoDb.ResourceNotFoundException");
    assertThat(noTable.failure().cause())
        .matches(
            "Requested resource not found \\(Service: DynamoDb, Status Code: 400, Request ID:"
                + " [0-9a-f-]{36}\\) \\(SDK Attempt Count: 1\\)");
    assertThat(invalid.failure().error()).isEqualTo("DynamoDb.DynamoDbException");
  }

  @Test
  void s3ObjectsGoInAndComeBackAsText() throws Exception {
    fakes.s3().createBucket("docs");

    JsonNode put =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:s3:putObject",
                "{\"Bucket\":\"docs\",\"Key\":\"a.json\",\"Body\":{\"Dict\":\"Value\"}}"));
    JsonNode got =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:s3:getObject",
                "{\"Bucket\":\"docs\",\"Key\":\"a.json\"}"));

    byte[] stored = fakes.s3().object("docs", "a.json").body();
    assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("{\"Dict\":\"Value\"}");
    assertThat(put.get("ETag").textValue()).isEqualTo("\"49e31cee5aec8faf3345893addb14346\"");
    assertThat(put.get("ServerSideEncryption").textValue()).isEqualTo("AES256");
    assertThat(put.get("ChecksumCRC32").textValue()).isEqualTo(FakeS3Service.crc32(stored));
    assertThat(put.get("ChecksumType").textValue()).isEqualTo("FULL_OBJECT");
    assertThat(got.get("Body").textValue()).isEqualTo("{\"Dict\":\"Value\"}");
    assertThat(got.get("ContentLength").intValue()).isEqualTo(stored.length);
    assertThat(got.get("AcceptRanges").textValue()).isEqualTo("bytes");
    assertThat(got.get("LastModified").textValue()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void aStringBodyIsStoredAsItsJsonText() throws Exception {
    fakes.s3().createBucket("docs");

    JsonNode put =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:s3:putObject",
                "{\"Bucket\":\"docs\",\"Key\":\"t\",\"Body\":\"text data\"}"));

    assertThat(new String(fakes.s3().object("docs", "t").body(), StandardCharsets.UTF_8))
        .isEqualTo("\"text data\"");
    assertThat(put.get("ETag").textValue()).isEqualTo("\"2b5df3712557f503a9977a8ea893b2c9\"");
  }

  @Test
  void s3RefusalsNameS3sExceptions() throws Exception {
    fakes.s3().createBucket("docs");

    TaskOutcome.Failed noKey =
        failed(
            invoke(
                "arn:aws:states:::aws-sdk:s3:getObject", "{\"Bucket\":\"docs\",\"Key\":\"none\"}"));
    TaskOutcome.Failed noBucket =
        failed(invoke("arn:aws:states:::aws-sdk:s3:listObjects", "{\"Bucket\":\"nobucket\"}"));

    assertThat(noKey.failure().error()).isEqualTo("S3.NoSuchKeyException");
    assertThat(noKey.failure().cause())
        .startsWith("The specified key does not exist. (Service: S3, Status Code: 404, Request ID:")
        .contains(", Extended Request ID: ");
    assertThat(noBucket.failure().error()).isEqualTo("S3.NoSuchBucketException");
  }

  @Test
  void anyServiceOnTheClassPathIsReachedTheSameWay() throws Exception {
    JsonNode empty = output(invoke("arn:aws:states:::aws-sdk:secretsmanager:listSecrets", "{}"));
    output(
        invoke(
            "arn:aws:states:::aws-sdk:secretsmanager:createSecret",
            "{\"Name\":\"db\",\"SecretString\":\"pw\"}"));
    JsonNode value =
        output(
            invoke(
                "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "{\"SecretId\":\"db\"}"));
    TaskOutcome.Failed invalid =
        failed(
            invoke(
                "arn:aws:states:::aws-sdk:secretsmanager:createSecret",
                "{\"Name\":\"Invalid Name\",\"SecretString\":\"x\"}"));

    assertThat(empty).isEqualTo(Json.parse("{\"SecretList\":[]}"));
    assertThat(value.get("SecretString").textValue()).isEqualTo("pw");
    assertThat(invalid.failure().error()).isEqualTo("SecretsManager.SecretsManagerException");
    assertThat(invalid.failure().cause())
        .startsWith("Invalid name. Must be a valid name containing alphanumeric characters");
  }

  @Test
  void unknownServicesActionsAndMembersFailTheTask() throws Exception {
    assertThat(failed(invoke("arn:aws:states:::aws-sdk:nosuchservice:doIt", "{}")).failure())
        .extracting(f -> f.error())
        .isEqualTo("States.Runtime");
    assertThat(failed(invoke("arn:aws:states:::aws-sdk:s3:doIt", "{}")).failure().cause())
        .isEqualTo("The service 's3' has no action 'doIt'");
    assertThat(
            failed(invoke("arn:aws:states:::aws-sdk:s3:listObjects", "{\"Bucket\":1,\"Nope\":2}"))
                .failure()
                .cause())
        .startsWith("The field 'Nope' at $ is not a member of the request");
  }

  @Test
  void theCallbackPatternIsServedAndOthersAreNot() {
    assertThat(AwsSdkTask.handles("arn:aws:states:::aws-sdk:s3:listBuckets")).isTrue();
    assertThat(AwsSdkTask.handles("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken"))
        .isTrue();
    assertThat(AwsSdkTask.handles("arn:aws:states:::aws-sdk:s3:listBuckets.sync")).isFalse();
    assertThat(AwsSdkTask.handles("arn:aws:states:::sqs:sendMessage")).isFalse();
  }
}
