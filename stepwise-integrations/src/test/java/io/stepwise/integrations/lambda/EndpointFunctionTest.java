package io.stepwise.integrations.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The Invoke API through the AWS SDK against a Lambda service faked at its wire protocol. */
class EndpointFunctionTest {

  private static final StaticCredentialsProvider KEYS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));

  private FakeLambdaService lambda;
  private EndpointFunction endpoint;

  @BeforeEach
  void start() throws Exception {
    lambda =
        new FakeLambdaService("us-east-1", "111111111111")
            .function(
                "echo",
                call ->
                    FakeLambdaService.Answer.ok(
                        "{\"got\":"
                            + new String(call.payload(), StandardCharsets.UTF_8)
                            + ",\"qualifier\":\""
                            + call.qualifier()
                            + "\"}"))
            .function(
                "broken",
                call ->
                    FakeLambdaService.Answer.unhandled(
                        "{\"errorMessage\":\"bad\",\"errorType\":\"ValueError\"}"));
    endpoint = new EndpointFunction(lambda.endpoint(), "us-east-1", KEYS, null);
  }

  @AfterEach
  void stop() {
    endpoint.close();
    lambda.close();
  }

  private static InvokeRequest call(String name, String payload) {
    FunctionName function = FunctionName.parse(name);
    return new InvokeRequest(
        function,
        function.arn("us-east-1", "111111111111"),
        payload.getBytes(StandardCharsets.UTF_8),
        InvokeRequest.REQUEST_RESPONSE,
        false,
        null,
        "local-id",
        Duration.ofSeconds(10));
  }

  @Test
  void invokesAndReturnsWhatTheFunctionAnswered() throws Exception {
    InvokeResponse response = endpoint.invoke(call("echo:v2", "{\"n\":1}"));

    assertThat(new String(response.payload(), StandardCharsets.UTF_8))
        .isEqualTo("{\"got\":{\"n\":1},\"qualifier\":\"v2\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isNull();
    assertThat(response.executedVersion()).isEqualTo("$LATEST");
    assertThat(response.requestId()).hasSize(36).isNotEqualTo("local-id");
  }

  @Test
  void passesTheCurrentTraceContextOnAsTraceparent() throws Exception {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    lambda.function(
        "traced",
        call -> {
          seen.add(String.valueOf(call.traceparent()));
          return FakeLambdaService.Answer.ok("{}");
        });
    SpanContext attempt =
        SpanContext.create(
            "0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331",
            TraceFlags.getSampled(),
            TraceState.getDefault());

    endpoint.invoke(call("traced", "{}"));
    Scope scope = Context.root().with(Span.wrap(attempt)).makeCurrent();
    try {
      assertThat(Span.current().getSpanContext()).isEqualTo(attempt);
      endpoint.invoke(call("traced", "{}"));
    } finally {
      scope.close();
    }

    assertThat(seen)
        .containsExactly("null", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  }

  @Test
  void aFunctionErrorComesBackAsAnAnswer() throws Exception {
    InvokeResponse response = endpoint.invoke(call("broken", "{}"));

    assertThat(response.functionError()).isEqualTo("Unhandled");
    assertThat(new String(response.payload(), StandardCharsets.UTF_8)).contains("ValueError");
  }

  @Test
  void theServicesRefusalKeepsItsCodeStatusAndRequestId() {
    assertThatThrownBy(() -> endpoint.invoke(call("missing", "{}")))
        .isInstanceOfSatisfying(
            LambdaServiceException.class,
            refused -> {
              assertThat(refused.errorName()).isEqualTo("Lambda.ResourceNotFoundException");
              assertThat(refused.cause())
                  .matches(
                      "Function not found: arn:aws:lambda:us-east-1:111111111111:function:missing"
                          + ":\\$LATEST \\(Service: AWSLambda; Status Code: 404; Error Code:"
                          + " ResourceNotFoundException; Request ID: [0-9a-f-]{36}; Proxy:"
                          + " null\\)");
            });
  }

  @Test
  void anEndpointNobodyServesIsAClientFailure() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (EndpointFunction nowhere =
        new EndpointFunction(URI.create("http://127.0.0.1:" + port), "us-east-1", KEYS, null)) {
      assertThatThrownBy(() -> nowhere.invoke(call("echo", "{}")))
          .isInstanceOfSatisfying(
              LambdaServiceException.class,
              failed -> assertThat(failed.errorName()).isEqualTo("Lambda.SdkClientException"));
    }
  }

  @Test
  void aRemoteNameReplacesTheNameTheTaskUsed() throws Exception {
    try (EndpointFunction renamed =
        new EndpointFunction(lambda.endpoint(), "us-east-1", KEYS, "echo")) {
      InvokeResponse response = renamed.invoke(call("greeter", "7"));

      assertThat(new String(response.payload(), StandardCharsets.UTF_8)).startsWith("{\"got\":7");
    }
  }
}
