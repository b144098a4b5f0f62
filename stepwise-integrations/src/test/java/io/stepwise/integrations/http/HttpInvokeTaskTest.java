package io.stepwise.integrations.http;

import static io.stepwise.integrations.http.HttpTaskHarness.CONNECTION;
import static io.stepwise.integrations.http.HttpTaskHarness.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.integrations.http.LoopbackServer.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpInvokeTaskTest {

  private static final String API_KEY = "key-7f3a9c-super-secret";

  private LoopbackServer server;
  private HttpTaskHarness task;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    task =
        new HttpTaskHarness(
            HttpConnections.builder().apiKey(CONNECTION, "x-api-key", API_KEY).build(),
            Clock.systemUTC(),
            Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void handlesTheHttpTaskInBothItsPatternsAndNothingElse() {
    assertThat(HttpInvokeTask.handles("arn:aws:states:::http:invoke")).isTrue();
    assertThat(HttpInvokeTask.handles("arn:aws:states:::http:invoke.waitForTaskToken")).isTrue();
    assertThat(HttpInvokeTask.handles("arn:aws:states:::http:invoke.sync")).isFalse();
    assertThat(HttpInvokeTask.handles("arn:aws:states:::apigateway:invoke")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
  void sendsEveryMethodAwsAllows(String method) throws Exception {
    server.answer("/orders", r -> Reply.json(200, "{\"method\":\"" + r.method() + "\"}"));

    JsonNode output = task.succeeded(call(method, server.base() + "/orders", ""));

    assertThat(server.last().method()).isEqualTo(method);
    assertThat(server.last().header("x-api-key")).isEqualTo(API_KEY);
    assertThat(output.get("StatusCode").intValue()).isEqualTo(200);
    if (method.equals("HEAD")) {
      assertThat(output.get("ResponseBody").textValue()).isEmpty();
    } else {
      assertThat(output.at("/ResponseBody/method").textValue()).isEqualTo(method);
    }
  }

  @Test
  void sendsTheTasksHeadersAndTheOnesAwsAdds() throws Exception {
    task.succeeded(
        call(
            "GET",
            server.base() + "/h",
            "\"Headers\":{\"X-Tenant\":\"acme\",\"X-Count\":3,\"Accept\":\"application/json\","
                + "\"User-Agent\":\"mine\",\"Content-Length\":\"99\"}"));

    LoopbackServer.Received received = server.last();
    assertThat(received.header("x-tenant")).isEqualTo("acme");
    assertThat(received.header("x-count")).isEqualTo("3");
    assertThat(received.header("accept")).isEqualTo("application/json");
    // AWS's own values win over the task's.
    assertThat(received.header("user-agent"))
        .isEqualTo("Amazon|StepFunctions|HttpInvoke|eu-west-1");
    assertThat(received.header("range")).isEqualTo("bytes=0-262144");
    // No body, so no length and no content type, whatever the task claimed.
    assertThat(received.header("content-length")).isIn(null, "0");
    assertThat(received.header("content-type")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Host",
        "authorization",
        "X-Amz-Date",
        "x-amzn-trace-id",
        "X-Forwarded-For",
        "If-Match",
        "Cache-Control",
        "Accept-Encoding",
        "Transfer-Encoding"
      })
  void aHeaderAwsForbidsFailsTheTaskWithStatesRuntimeBeforeSending(String header) throws Exception {
    TaskOutcome.Failed failed =
        task.failed(
            call("GET", server.base() + "/h", "\"Headers\":{\"" + header + "\":\"value\"}"));

    assertThat(failed.failure().error()).isEqualTo("States.Runtime");
    assertThat(failed.failure().cause())
        .isEqualTo("The Headers field contains an unsupported header: '" + header + "'");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void passesTheCurrentTraceContextOnAsTraceparentAndNothingWithoutOne() throws Exception {
    SpanContext attempt =
        SpanContext.create(
            "0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331",
            TraceFlags.getSampled(),
            TraceState.getDefault());

    task.succeeded(call("GET", server.base() + "/untraced", ""));
    assertThat(server.last().header("traceparent")).isNull();
    Scope scope = Context.root().with(Span.wrap(attempt)).makeCurrent();
    try {
      assertThat(Span.current().getSpanContext()).isEqualTo(attempt);
      task.succeeded(
          call("GET", server.base() + "/traced", "\"Headers\":{\"traceparent\":\"forged\"}"));
    } finally {
      scope.close();
    }

    assertThat(server.last().header("traceparent"))
        .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  }

  @Test
  void appendsQueryParametersPercentEncodedAfterTheEndpointsOwnQuery() throws Exception {
    task.succeeded(
        call(
            "GET",
            server.base() + "/search?page=2",
            "\"QueryParameters\":{\"q\":\"a b&c=d/é\",\"limit\":10,\"exact\":true,"
                + "\"tag\":[\"x\",\"y~z\"],\"empty\":null}"));

    assertThat(server.last().path()).isEqualTo("/search");
    assertThat(server.last().rawQuery())
        .isEqualTo("page=2&q=a%20b%26c%3Dd%2F%C3%A9&limit=10&exact=true&tag=x&tag=y~z&empty=");
  }

  @Test
  void aQueryParameterHoldingAnObjectIsRefused() throws Exception {
    TaskOutcome.Failed failed =
        task.failed(call("GET", server.base() + "/q", "\"QueryParameters\":{\"f\":{\"a\":1}}"));

    assertThat(failed.failure().error()).isEqualTo("States.Runtime");
    assertThat(failed.failure().cause()).contains("QueryParameters").contains("'f'");
  }

  @Test
  void sendsAnObjectBodyAsJson() throws Exception {
    task.succeeded(
        call("POST", server.base() + "/orders", "\"RequestBody\":{\"id\":7,\"items\":[\"a\"]}"));

    assertThat(Json.parse(server.last().body()))
        .isEqualTo(Json.parse("{\"id\":7,\"items\":[\"a\"]}"));
    assertThat(server.last().header("content-type")).isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void sendsAStringBodyAsItIsWithTheTasksContentType() throws Exception {
    task.succeeded(
        call(
            "PUT",
            server.base() + "/doc",
            "\"Headers\":{\"Content-Type\":\"text/csv\"},\"RequestBody\":\"a,b\\n1,2\""));

    assertThat(server.last().body()).isEqualTo("a,b\n1,2");
    assertThat(server.last().header("content-type")).isEqualTo("text/csv");
  }

  @Test
  void returnsHeadersStatusAndTheParsedJsonBody() throws Exception {
    server.answer(
        "/orders",
        r ->
            new Reply(
                201,
                Map.of("Content-Type", "application/json; charset=utf-8", "X-Request-Id", "r-1"),
                "{\"id\":\"o-9\",\"total\":12.5}",
                0));

    JsonNode output = task.succeeded(call("POST", server.base() + "/orders", ""));

    assertThat(output.fieldNames())
        .toIterable()
        .containsExactly("Headers", "ResponseBody", "StatusCode", "StatusText");
    assertThat(output.get("ResponseBody")).isEqualTo(Json.parse("{\"id\":\"o-9\",\"total\":12.5}"));
    assertThat(output.get("StatusCode").intValue()).isEqualTo(201);
    assertThat(output.get("StatusText").textValue()).isEqualTo("Created");
    assertThat(output.at("/Headers/x-request-id")).isEqualTo(Json.parse("[\"r-1\"]"));
    assertThat(output.at("/Headers/content-type/0").textValue())
        .isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void keepsABodyThatIsNotJsonAsText() throws Exception {
    server.answer("/text", r -> Reply.text(200, "text/plain", "{\"looks\":\"like json\"}"));
    server.answer("/broken", r -> Reply.json(200, "{not json"));
    server.answer(
        "/problem", r -> Reply.text(200, "application/problem+json", "{\"title\":\"t\"}"));

    assertThat(task.succeeded(call("GET", server.base() + "/text", "")).get("ResponseBody"))
        .isEqualTo(Json.NODES.textNode("{\"looks\":\"like json\"}"));
    assertThat(task.succeeded(call("GET", server.base() + "/broken", "")).get("ResponseBody"))
        .isEqualTo(Json.NODES.textNode("{not json"));
    assertThat(task.succeeded(call("GET", server.base() + "/problem", "")).get("ResponseBody"))
        .isEqualTo(Json.parse("{\"title\":\"t\"}"));
  }

  @Test
  void aStatusOutside2xxFailsWithItsCodeAndTheResponseAsCause() throws Exception {
    server.answer("/missing", r -> Reply.json(404, "{\"message\":\"no such order\"}"));

    TaskOutcome.Failed failed = task.failed(call("GET", server.base() + "/missing", ""));

    assertThat(failed.failure().error()).isEqualTo("States.Http.StatusCode.404");
    JsonNode cause = Json.parse(failed.failure().cause());
    assertThat(cause.get("StatusCode").intValue()).isEqualTo(404);
    assertThat(cause.get("StatusText").textValue()).isEqualTo("Not Found");
    assertThat(cause.get("ResponseBody")).isEqualTo(Json.parse("{\"message\":\"no such order\"}"));
    assertThat(cause.at("/Headers/content-type/0").textValue()).isEqualTo("application/json");
  }

  @Test
  void aServerErrorIsNamedByItsCodeToo() throws Exception {
    server.answer("/boom", r -> Reply.text(503, "text/plain", "try later"));

    TaskOutcome.Failed failed = task.failed(call("POST", server.base() + "/boom", ""));

    assertThat(failed.failure().error()).isEqualTo("States.Http.StatusCode.503");
    assertThat(Json.parse(failed.failure().cause()).get("ResponseBody").textValue())
        .isEqualTo("try later");
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    server.answer("/old", r -> new Reply(302, Map.of("Location", server.base() + "/new"), "", 0));

    TaskOutcome.Failed failed = task.failed(call("GET", server.base() + "/old", ""));

    assertThat(failed.failure().error()).isEqualTo("States.Http.StatusCode.302");
    assertThat(server.receivedAt("/new")).isEmpty();
  }

  @Test
  void aRefusedConnectionIsASocketError() throws Exception {
    String closed;
    try (LoopbackServer gone = new LoopbackServer()) {
      closed = gone.base();
    }

    TaskOutcome.Failed failed = task.failed(call("GET", closed + "/x", ""));

    assertThat(failed.failure().error()).isEqualTo("States.Http.Socket");
    assertThat(failed.failure().cause()).startsWith("The request to " + closed + "/x failed: ");
  }

  @Test
  void anAnswerSlowerThanTheLimitIsASocketError() throws Exception {
    HttpTaskHarness impatient =
        new HttpTaskHarness(
            HttpConnections.builder().apiKey(CONNECTION, "x-api-key", API_KEY).build(),
            Clock.systemUTC(),
            Duration.ofMillis(300));
    server.answer("/slow", r -> new Reply(200, Map.of(), "{}", 3_000));

    long started = System.nanoTime();
    TaskOutcome.Failed failed = impatient.failed(call("GET", server.base() + "/slow", ""));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(failed.failure().error()).isEqualTo("States.Http.Socket");
    assertThat(failed.failure().cause())
        .isEqualTo("The request to " + server.base() + "/slow timed out after 300 milliseconds");
  }

  @Test
  void aResponseLargerThanTheResultLimitFailsTheTask() throws Exception {
    server.answer("/big", r -> Reply.text(200, "text/plain", "x".repeat(300_000)));

    TaskOutcome.Failed failed = task.failed(call("GET", server.base() + "/big", ""));

    assertThat(failed.failure().error()).isEqualTo("States.DataLimitExceeded");
  }

  @Test
  void anUnknownConnectionFailsNamingIt() throws Exception {
    String other = CONNECTION.replace("/shop/", "/other/");

    TaskOutcome.Failed failed =
        task.failed(call("GET", server.base() + "/x", "").replace(CONNECTION, other));

    assertThat(failed.failure().error()).isEqualTo("Events.ConnectionResource.ResourceNotFound");
    assertThat(failed.failure().cause()).contains(other);
    assertThat(server.received()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"}}|The ApiEndpoint field is required and must be a string",
        "{\"ApiEndpoint\":\"/relative\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"}}|The ApiEndpoint field must be an absolute https (or http) URL, but was '/relative'",
        "{\"ApiEndpoint\":\"ftp://h/x\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"}}|The ApiEndpoint field must be an absolute https (or http) URL, but was 'ftp://h/x'",
        "{\"ApiEndpoint\":\"https://h/x\",\"Method\":\"get\",\"Authentication\":{\"ConnectionArn\":\"c\"}}|The Method field must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD, but was 'get'",
        "{\"ApiEndpoint\":\"https://h/x\",\"Method\":\"GET\"}|The Authentication field must be an object with a ConnectionArn string naming an EventBridge connection",
        "{\"ApiEndpoint\":\"https://u:p@h/x\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"}}|The ApiEndpoint field must not carry credentials: use the connection instead",
        "{\"ApiEndpoint\":\"https://h/x\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"},\"Headers\":[1]}|The Headers field must be a JSON object of header names to values",
        "{\"ApiEndpoint\":\"https://h/x\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"},\"Transform\":{\"RequestBodyEncoding\":\"GZIP\"}}|The Transform.RequestBodyEncoding field must be NONE or URL_ENCODED, but was \"GZIP\"",
        "{\"ApiEndpoint\":\"https://h/x\",\"Method\":\"GET\",\"Authentication\":{\"ConnectionArn\":\"c\"},\"Transform\":{\"RequestBodyEncoding\":\"URL_ENCODED\",\"RequestEncodingOptions\":{\"ArrayFormat\":\"SEMICOLONS\"}}}|The Transform.RequestEncodingOptions.ArrayFormat field must be INDICES, REPEAT, COMMAS or BRACKETS, but was \"SEMICOLONS\"",
      })
  void badParametersFailWithStatesRuntimeNamingTheField(String parametersAndCause)
      throws Exception {
    String[] parts = parametersAndCause.split("\\|", 2);

    TaskOutcome.Failed failed = task.failed(parts[0]);

    assertThat(failed.failure().error()).isEqualTo("States.Runtime");
    assertThat(failed.failure().cause()).isEqualTo(parts[1]);
  }
}
