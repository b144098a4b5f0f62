package io.stepwise.server.console;

import io.stepwise.server.Server;
import io.stepwise.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A server on an ephemeral port, an AWS SDK client to make things the console shows, and plain HTTP
 * to read the console's pages as a browser would.
 */
abstract class ConsoleTestSupport {
  static final String ROLE = "arn:aws:iam::123456789012:role/console-test";

  @TempDir Path dataDir;
  Server server;
  SfnClient sfn;
  String base;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void startServer() {
    server = new Server(config(dataDir));
    int port = server.start();
    base = "http://127.0.0.1:" + port;
    sfn =
        SfnClient.builder()
            .endpointOverride(URI.create(base))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  /** The server's configuration; a test that needs a mock configuration says so here. */
  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir);
  }

  @AfterEach
  void stopServer() {
    sfn.close();
    server.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, String form, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until an execution is no longer running, and describes it. */
  software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse awaitEnd(String arn)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (true) {
      var described = sfn.describeExecution(b -> b.executionArn(arn));
      if (described.status() != software.amazon.awssdk.services.sfn.model.ExecutionStatus.RUNNING
          || System.nanoTime() > deadline) {
        return described;
      }
      Thread.sleep(20);
    }
  }

  /** A form's body, each value URL-encoded: {@code form("name", "x", "input", "{}")}. */
  static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        body.append('&');
      }
      body.append(namesAndValues[i])
          .append('=')
          .append(
              java.net.URLEncoder.encode(
                  namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  String createStateMachine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }
}
