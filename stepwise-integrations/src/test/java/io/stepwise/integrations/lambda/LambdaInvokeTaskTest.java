package io.stepwise.integrations.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaInvokeTaskTest {

  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:222222222222:execution:machine:run";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:15:30Z"), ZoneOffset.UTC);

  /** Answers its event with the name of the function it ran as. */
  public static final class Greeter
      implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
      Map<String, Object> answer = new LinkedHashMap<>(event == null ? Map.of() : event);
      answer.put("greetedBy", context.getFunctionName() + ":" + context.getFunctionVersion());
      context.getLogger().log("greeted");
      return answer;
    }
  }

  /** Fails as a user's handler does. */
  public static final class Thrower implements RequestHandler<Object, Object> {
    @Override
    public Object handleRequest(Object event, Context context) {
      throw new IllegalStateException("no stock");
    }
  }

  private final LambdaFunctions functions =
      LambdaFunctions.builder()
          .function(
              "greeter", JavaHandlerFunction.of(new Greeter(), 128, CLOCK), Duration.ofSeconds(5))
          .function(
              "thrower", JavaHandlerFunction.of(new Thrower(), 128, CLOCK), Duration.ofSeconds(5))
          .build();
  private final LambdaInvokeTask task = new LambdaInvokeTask(functions, CLOCK);

  private TaskOutcome invoke(String parameters) throws Exception {
    return task.invoke(
        new TaskInvocation(
            LambdaInvokeTask.RESOURCE,
            Json.parse(parameters),
            "Call",
            EXECUTION,
            null,
            0,
            0,
            null,
            0,
            0L,
            0L));
  }

  @Test
  void wrapsThePayloadInAwsResponseEnvelope() throws Exception {
    TaskOutcome outcome = invoke("{\"FunctionName\":\"greeter\",\"Payload\":{\"who\":\"Ada\"}}");

    JsonNode output = ((TaskOutcome.Succeeded) outcome).output();
    assertThat(output.get("Payload"))
        .isEqualTo(Json.parse("{\"who\":\"Ada\",\"greetedBy\":\"greeter:$LATEST\"}"));
    assertThat(output.get("StatusCode").intValue()).isEqualTo(200);
    assertThat(output.get("ExecutedVersion").textValue()).isEqualTo("$LATEST");
    String requestId = output.at("/SdkResponseMetadata/RequestId").textValue();
    assertThat(requestId).hasSize(36);
    JsonNode headers = output.at("/SdkHttpMetadata/HttpHeaders");
    assertThat(headers.get("x-amzn-RequestId").textValue()).isEqualTo(requestId);
    assertThat(headers.get("Date").textValue()).isEqualTo("Wed, 25 Nov 2026 10:15:30 GMT");
    assertThat(headers.get("Content-Length").textValue())
        .isEqualTo(String.valueOf(Json.write(output.get("Payload")).length()));
    assertThat(output.at("/SdkHttpMetadata/AllHttpHeaders/Content-Type/0").textValue())
        .isEqualTo("application/json");
    assertThat(output.at("/SdkHttpMetadata/HttpStatusCode").intValue()).isEqualTo(200);
    assertThat(output.has("LogResult")).isFalse();
  }

  @Test
  void aQualifierAndTheLogTailAreHonoured() throws Exception {
    JsonNode output =
        ((TaskOutcome.Succeeded)
                invoke(
                    "{\"FunctionName\":\"greeter\",\"Qualifier\":\"live\",\"LogType\":\"Tail\"}"))
            .output();

    assertThat(output.at("/Payload/greetedBy").textValue()).isEqualTo("greeter:live");
    assertThat(
            new String(java.util.Base64.getDecoder().decode(output.get("LogResult").textValue())))
        .isEqualTo("greeted");
  }

  @Test
  void aFunctionErrorIsNamedByItsErrorTypeWithTheDocumentAsCause() throws Exception {
    TaskOutcome.Failed failed =
        (TaskOutcome.Failed) invoke("{\"FunctionName\":\"thrower\",\"Payload\":{}}");

    assertThat(failed.failure().error()).isEqualTo("java.lang.IllegalStateException");
    JsonNode cause = Json.parse(failed.failure().cause());
    assertThat(cause.get("errorMessage").textValue()).isEqualTo("no stock");
    assertThat(cause.get("errorType").textValue()).isEqualTo("java.lang.IllegalStateException");
    assertThat(cause.get("stackTrace").get(0).textValue()).contains("Thrower.handleRequest");
  }

  @Test
  void aFunctionErrorCanNameItself() throws Exception {
    LambdaFunctions named =
        LambdaFunctions.builder()
            .function(
                "busy",
                JavaHandlerFunction.of(
                    (RequestHandler<Object, Object>)
                        (event, context) -> {
                          throw new FunctionError("PaymentBusy", "try later");
                        },
                    128,
                    CLOCK),
                Duration.ofSeconds(5))
            .build();

    TaskOutcome.Failed failed =
        (TaskOutcome.Failed)
            new LambdaInvokeTask(named, CLOCK)
                .invoke(
                    new TaskInvocation(
                        LambdaInvokeTask.RESOURCE,
                        Json.parse("{\"FunctionName\":\"busy\"}"),
                        "Call",
                        EXECUTION,
                        null,
                        0,
                        0,
                        null,
                        0,
                        0L,
                        0L));

    assertThat(failed.failure().error()).isEqualTo("PaymentBusy");
    assertThat(Json.parse(failed.failure().cause()).get("errorMessage").textValue())
        .isEqualTo("try later");
  }

  @Test
  void anUnknownFunctionIsLambdasResourceNotFound() throws Exception {
    TaskOutcome.Failed failed =
        (TaskOutcome.Failed) invoke("{\"FunctionName\":\"nobody\",\"Payload\":null}");

    assertThat(failed.failure().error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(failed.failure().cause())
        .startsWith(
            "Function not found: arn:aws:lambda:eu-west-1:222222222222:function:nobody:$LATEST"
                + " (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException;"
                + " Request ID: ")
        .endsWith("; Proxy: null)");
  }

  @Test
  void aMissingFunctionNameIsRefused() throws Exception {
    TaskOutcome.Failed failed = (TaskOutcome.Failed) invoke("{\"Payload\":{}}");

    assertThat(failed.failure().error()).isEqualTo("Lambda.InvalidParameterValueException");
  }

  @Test
  void theLegacyFunctionArnReturnsThePayloadAlone() throws Exception {
    LambdaFunctionTask legacy = new LambdaFunctionTask(functions);
    String arn = "arn:aws:lambda:eu-west-1:222222222222:function:greeter";

    TaskOutcome outcome =
        legacy.invoke(
            new TaskInvocation(
                arn,
                Json.parse("{\"who\":\"Ada\"}"),
                "Call",
                EXECUTION,
                null,
                0,
                0,
                null,
                0,
                0L,
                0L));

    assertThat(LambdaFunctionTask.handles(arn)).isTrue();
    assertThat(LambdaFunctionTask.handles(LambdaInvokeTask.RESOURCE)).isFalse();
    assertThat(((TaskOutcome.Succeeded) outcome).output())
        .isEqualTo(Json.parse("{\"who\":\"Ada\",\"greetedBy\":\"greeter:$LATEST\"}"));
  }
}
