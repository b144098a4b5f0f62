package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ProtocolErrorsTest extends ServerTestSupport {
  static final String JSON = "application/x-amz-json-1.0";

  @Test
  void anUnknownActionIsAnUnknownOperation() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.Frobnicate", JSON, "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"UnknownOperationException\"");
    assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
  }

  @Test
  void aMissingTargetOrAnotherContentTypeIsAnUnknownOperation() throws Exception {
    assertThat(post(null, JSON, "{}").body()).contains("UnknownOperationException");
    HttpResponse<String> plain = post("AWSStepFunctions.ListStateMachines", "text/plain", "{}");
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).contains("UnknownOperationException");
  }

  @Test
  void malformedJsonIsASerializationException() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.ListStateMachines", JSON, "{\"a\":");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
    assertThat(post("AWSStepFunctions.ListStateMachines", JSON, "[1]").body())
        .contains("SerializationException");
  }

  @Test
  void membersOfTheWrongTypeAreRefusedAsAwsDeserializerDoes() throws Exception {
    HttpResponse<String> response =
        post("AWSStepFunctions.DescribeStateMachine", JSON, "{\"stateMachineArn\":5}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("SerializationException")
        .contains("NUMBER_VALUE can not be converted to a String");
    assertThat(post("AWSStepFunctions.ListStateMachines", JSON, "{\"maxResults\":\"x\"}").body())
        .contains("STRING_VALUE can not be converted to an Integer");
  }

  @Test
  void missingRequiredMembersAndBadEnumsAreValidationExceptions() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.CreateStateMachine", JSON, "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"__type\":\"ValidationException\"")
        .contains(
            "3 validation errors detected: Value null at 'name' failed to satisfy constraint:"
                + " Member must not be null; Value null at 'definition'");
    HttpResponse<String> one =
        post("AWSStepFunctions.DescribeExecution", JSON, "{\"includedData\":\"ALL_DATA\"}");
    assertThat(one.body())
        .contains(
            "1 validation error detected: Value null at 'executionArn' failed to satisfy"
                + " constraint: Member must not be null");
    HttpResponse<String> badEnum =
        post(
            "AWSStepFunctions.CreateStateMachine",
            JSON,
            "{\"name\":\"x\",\"definition\":\"{}\",\"roleArn\":\"arn:a\",\"type\":\"FAST\"}");
    assertThat(badEnum.body())
        .contains("ValidationException")
        .contains("Value 'FAST' at 'type' failed to satisfy constraint: Member must satisfy enum");
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedCleanly() throws Exception {
    String huge = "{\"definition\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    HttpResponse<String> response =
        post("AWSStepFunctions.ValidateStateMachineDefinition", JSON, huge);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("ValidationException");
    // The server still serves.
    assertThat(post("AWSStepFunctions.ListStateMachines", JSON, "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void timestampsAreEpochSecondsWithMilliseconds() throws Exception {
    HttpResponse<String> created =
        post(
            "AWSStepFunctions.CreateStateMachine",
            JSON,
            "{\"name\":\"T\",\"definition\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(PASS)
                + ",\"roleArn\":\""
                + ROLE
                + "\"}");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).matches(".*\"creationDate\":\\d{10}\\.\\d{3}.*");
  }

  @Test
  void anEmptyBodyIsAnEmptyRequest() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.ListStateMachines", JSON, "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"stateMachines\":[]}");
  }
}
