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

class OptimizedTaskTest {

  private static final String REGION = "eu-west-1";
  private static final String ACCOUNT = "222222222222";
  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:222222222222:execution:machine:run";

  private final FakeAwsServices fakes = new FakeAwsServices(REGION, ACCOUNT);
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

  /**
   * A response header in the metadata, found as HTTP finds headers: regardless of case (the JDK's
   * server behind the fakes writes {@code Content-type}).
   */
  private static JsonNode header(JsonNode output, String group, String name) {
    JsonNode headers = output.path("SdkHttpMetadata").path(group);
    for (var entry : headers.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  @Test
  void sqsSendMessageSendsAnObjectBodyAsJsonTextAndAddsHttpMetadata() throws Exception {
    String queue = fakes.sqs().createQueue("orders");

    JsonNode output =
        output(
            invoke(
                "arn:aws:states:::sqs:sendMessage",
                "{\"QueueUrl\":\""
                    + queue
                    + "\",\"MessageBody\":{\"order\":7},\"MessageAttributes\":{\"kind\":"
                    + "{\"DataType\":\"String\",\"StringValue\":\"new\"}}}"));

    FakeSqsService.Message sent = fakes.sqs().messages("orders").getFirst();
    assertThat(sent.body()).isEqualTo("{\"order\":7}");
    assertThat(output.get("MessageId").textValue()).isEqualTo(sent.messageId());
    assertThat(output.get("MD5OfMessageBody").textValue())
        .isEqualTo(FakeSqsService.md5("{\"order\":7}".getBytes(StandardCharsets.UTF_8)));
    assertThat(output.has("MD5OfMessageAttributes")).isTrue();
    assertThat(output.at("/SdkHttpMetadata/HttpStatusCode").intValue()).isEqualTo(200);
    assertThat(header(output, "HttpHeaders", "Content-Type").textValue())
        .isEqualTo("application/x-amz-json-1.0");
    assertThat(header(output, "AllHttpHeaders", "Content-Type").get(0).textValue())
        .isEqualTo("application/x-amz-json-1.0");
    assertThat(output.at("/SdkResponseMetadata/RequestId").textValue())
        .isEqualTo(header(output, "HttpHeaders", "x-amzn-RequestId").textValue());
  }

  @Test
  void sqsErrorsAreNamedAsTheJava1SdkNamedThem() throws Exception {
    String queue = fakes.sqs().createQueue("orders");

    TaskOutcome.Failed missingBody =
        failed(invoke("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"" + queue + "\"}"));
    TaskOutcome.Failed noQueue =
        failed(
            invoke(
                "arn:aws:states:::sqs:sendMessage",
                "{\"QueueUrl\":\"" + queue + "-gone\",\"MessageBody\":\"x\"}"));

    assertThat(missingBody.failure().error()).isEqualTo("SQS.AmazonSQSException");
    assertThat(missingBody.failure().cause())
        .matches(
            "The request must contain the parameter MessageBody\\. \\(Service: AmazonSQS; Status"
                + " Code: 400; Error Code: MissingParameter; Request ID: [0-9a-f-]{36}; Proxy:"
                + " null\\)");
    assertThat(noQueue.failure().error()).isEqualTo("SQS.QueueDoesNotExistException");
    assertThat(noQueue.failure().cause())
        .startsWith("The specified queue does not exist. (Service: AmazonSQS; Status Code: 400;");
  }

  @Test
  void snsPublishesWithAttributesAndNamesItsErrors() throws Exception {
    String topic = fakes.sns().createTopic("news");
    String fifo = fakes.sns().createTopic("news.fifo");

    JsonNode output =
        output(
            invoke(
                "arn:aws:states:::sns:publish.waitForTaskToken",
                "{\"TopicArn\":\""
                    + topic
                    + "\",\"Message\":{\"hello\":\"world\"},\"MessageAttributes\":{\"v\":"
                    + "{\"DataType\":\"String\",\"StringValue\":\"1\"}}}"));
    TaskOutcome.Failed noGroup =
        failed(
            invoke(
                "arn:aws:states:::sns:publish",
                "{\"TopicArn\":\"" + fifo + "\",\"Message\":\"m\"}"));
    TaskOutcome.Failed noTopic =
        failed(
            invoke(
                "arn:aws:states:::sns:publish",
                "{\"TopicArn\":\"" + topic + "-gone\",\"Message\":\"m\"}"));

    FakeSnsService.Published published = fakes.sns().published(topic).getFirst();
    assertThat(published.message()).isEqualTo("{\"hello\":\"world\"}");
    assertThat(published.attributes()).containsEntry("v", "1");
    assertThat(output.get("MessageId").textValue()).isEqualTo(published.messageId());
    assertThat(header(output, "HttpHeaders", "Content-Type").textValue()).isEqualTo("text/xml");
    assertThat(noGroup.failure().error()).isEqualTo("SNS.InvalidParameterException");
    assertThat(noGroup.failure().cause())
        .startsWith(
            "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"
                + " (Service: AmazonSNS; Status Code: 400; Error Code: InvalidParameter; Request"
                + " ID: ");
    assertThat(noTopic.failure().error()).isEqualTo("SNS.NotFoundException");
    assertThat(noTopic.failure().cause())
        .startsWith(
            "Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound;");
  }

  @Test
  void dynamoDbItemsArePutUpdatedReadAndDeleted() throws Exception {
    fakes.dynamoDb().createTable("people", "id");
    String key = "\"TableName\":\"people\",\"Key\":{\"id\":{\"S\":\"ada\"}}";

    JsonNode put =
        output(
            invoke(
                "arn:aws:states:::dynamodb:putItem",
                "{\"TableName\":\"people\",\"Item\":{\"id\":{\"S\":\"ada\"},\"age\":{\"N\":\"36\"}}}"));
    JsonNode updated =
        output(
            invoke(
                "arn:aws:states:::dynamodb:updateItem",
                "{"
                    + key
                    + ",\"UpdateExpression\":\"SET born=:b\",\"ExpressionAttributeValues\":"
                    + "{\":b\":{\"N\":\"1815\"}},\"ReturnValues\":\"UPDATED_NEW\"}"));
    JsonNode got = output(invoke("arn:aws:states:::dynamodb:getItem", "{" + key + "}"));
    output(invoke("arn:aws:states:::dynamodb:deleteItem", "{" + key + "}"));
    JsonNode gone = output(invoke("arn:aws:states:::dynamodb:getItem", "{" + key + "}"));

    assertThat(put.has("Attributes")).isFalse();
    assertThat(header(put, "HttpHeaders", "x-amz-crc32").isTextual()).isTrue();
    assertThat(updated.get("Attributes")).isEqualTo(Json.parse("{\"born\":{\"N\":\"1815\"}}"));
    assertThat(got.get("Item"))
        .isEqualTo(
            Json.parse(
                "{\"id\":{\"S\":\"ada\"},\"age\":{\"N\":\"36\"},\"born\":{\"N\":\"1815\"}}"));
    assertThat(gone.has("Item")).isFalse();
    assertThat(fakes.dynamoDb().tables()).containsEntry("people", 0);
  }

  @Test
  void dynamoDbRefusalsCarryTheJava1SdkNames() throws Exception {
    TaskOutcome.Failed noTable =
        failed(
            invoke(
                "arn:aws:states:::dynamodb:putItem",
                "{\"TableName\":\"nowhere\",\"Item\":{\"id\":{\"S\":\"x\"}}}"));
    TaskOutcome.Failed noItem =
        failed(
            invoke(
                "arn:aws:states:::dynamodb:putItem", "{\"TableName\":\"nowhere\",\"Item\":null}"));

    assertThat(noTable.failure().error()).isEqualTo("DynamoDB.ResourceNotFoundException");
    assertThat(noTable.failure().cause())
        .startsWith(
            "Requested resource not found (Service: AmazonDynamoDBv2; Status Code: 400; Error"
                + " Code: ResourceNotFoundException; Request ID: ");
    assertThat(noItem.failure().error()).isEqualTo("DynamoDB.AmazonDynamoDBException");
    assertThat(noItem.failure().cause())
        .startsWith(
            "1 validation error detected: Value null at 'item' failed to satisfy constraint:"
                + " Member must not be null (Service: AmazonDynamoDBv2; Status Code: 400; Error"
                + " Code: ValidationException;");
  }

  @Test
  void eventBridgeFailsTheTaskWhenAnEntryFailed() throws Exception {
    JsonNode output =
        output(
            invoke(
                "arn:aws:states:::events:putEvents",
                "{\"Entries\":[{\"Source\":\"shop\",\"DetailType\":\"order\","
                    + "\"Detail\":{\"id\":1}}]}"));
    TaskOutcome.Failed partly =
        failed(
            invoke(
                "arn:aws:states:::events:putEvents",
                "{\"Entries\":[{\"Source\":\"shop\",\"DetailType\":\"order\",\"Detail\":{}},"
                    + "{\"DetailType\":\"order\",\"Detail\":\"\\\"text\\\"\"}]}"));

    assertThat(output.get("FailedEntryCount").intValue()).isZero();
    assertThat(output.has("SdkHttpMetadata")).isFalse();
    assertThat(fakes.eventBridge().events().getFirst().get("Detail").textValue())
        .isEqualTo("{\"id\":1}");
    assertThat(partly.failure().error()).isEqualTo("EventBridge.FailedEntry");
    JsonNode cause = Json.parse(partly.failure().cause());
    assertThat(cause.get("FailedEntryCount").intValue()).isEqualTo(1);
    assertThat(cause.at("/Entries/0/EventId").isTextual()).isTrue();
    assertThat(cause.at("/Entries/1/ErrorCode").textValue()).isEqualTo("InvalidArgument");
  }

  @Test
  void patternsAwsDoesNotOfferAreNotHandled() {
    OptimizedTask dynamo = new OptimizedTask(OptimizedIntegration.DYNAMODB, clients);

    assertThat(dynamo.handles("arn:aws:states:::dynamodb:putItem")).isTrue();
    assertThat(dynamo.handles("arn:aws:states:::dynamodb:putItem.waitForTaskToken")).isFalse();
    assertThat(dynamo.handles("arn:aws:states:::dynamodb:scan")).isFalse();
  }
}
