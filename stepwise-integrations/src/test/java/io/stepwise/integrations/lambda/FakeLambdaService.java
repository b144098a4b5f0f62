package io.stepwise.integrations.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * AWS Lambda's Invoke API as it looks on the wire ({@code POST
 * /2015-03-31/functions/{name}/invocations}), served on loopback for tests: each function is a
 * small Java behaviour standing in for code that would run in Lambda. Unknown names get Lambda's
 * 404 {@code ResourceNotFoundException}.
 */
public final class FakeLambdaService implements AutoCloseable {

  /** What a fake function answers: its payload, and the function error header when it failed. */
  public record Answer(byte[] payload, String functionError) {
    public static Answer ok(String json) {
      return new Answer(json.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Answer unhandled(String errorDocument) {
      return new Answer(errorDocument.getBytes(StandardCharsets.UTF_8), "Unhandled");
    }
  }

  /** One call as the service received it, with the W3C trace context it carried, if any. */
  public record Call(
      String function,
      String qualifier,
      String invocationType,
      byte[] payload,
      String traceparent) {}

  private final HttpServer server;
  private final Map<String, Function<Call, Answer>> functions = new ConcurrentHashMap<>();
  private volatile Function<Call, Answer> others;
  private final String region;
  private final String account;

  public FakeLambdaService(String region, String account) throws IOException {
    this.region = region;
    this.account = account;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/2015-03-31/functions/", this::handle);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves a function of this name. */
  public FakeLambdaService function(String name, Function<Call, Answer> behaviour) {
    functions.put(name, behaviour);
    return this;
  }

  /** Serves every name not served otherwise. */
  public FakeLambdaService otherFunctions(Function<Call, Answer> behaviour) {
    others = behaviour;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String[] parts = path.split("/");
      // /2015-03-31/functions/{name}/invocations
      if (parts.length != 5 || !"invocations".equals(parts[4])) {
        send(exchange, 404, "UnknownOperationException", "{\"message\":\"Unknown operation\"}");
        return;
      }
      String name = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
      String qualifier = query(exchange.getRequestURI().getRawQuery(), "Qualifier");
      String requestId = UUID.randomUUID().toString();
      exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
      Function<Call, Answer> behaviour = functions.getOrDefault(name, others);
      if (behaviour == null) {
        String arn =
            "arn:aws:lambda:"
                + region
                + ":"
                + account
                + ":function:"
                + name
                + ":"
                + (qualifier == null ? "$LATEST" : qualifier);
        send(
            exchange,
            404,
            "ResourceNotFoundException",
            "{\"Type\":\"User\",\"message\":\"Function not found: " + arn + "\"}");
        return;
      }
      String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
      Call call =
          new Call(
              name,
              qualifier,
              type == null ? "RequestResponse" : type,
              exchange.getRequestBody().readAllBytes(),
              exchange.getRequestHeaders().getFirst("traceparent"));
      Answer answer = behaviour.apply(call);
      exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if ("Tail".equals(exchange.getRequestHeaders().getFirst("X-Amz-Log-Type"))) {
        String log =
            "START RequestId: "
                + requestId
                + " Version: $LATEST\nEND RequestId: "
                + requestId
                + "\nREPORT RequestId: "
                + requestId
                + "\tDuration: 1.00 ms\n";
        exchange
            .getResponseHeaders()
            .add(
                "X-Amz-Log-Result",
                java.util.Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8)));
      }
      if (answer.functionError() != null) {
        exchange.getResponseHeaders().add("X-Amz-Function-Error", answer.functionError());
      }
      int status = "Event".equals(call.invocationType()) ? 202 : 200;
      byte[] body = status == 202 ? new byte[0] : answer.payload();
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String errorType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String query(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name) && kv.length == 2) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
