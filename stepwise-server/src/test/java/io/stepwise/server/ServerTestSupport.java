package io.stepwise.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** A server on an ephemeral port with a temporary data directory, and an AWS SDK client to it. */
abstract class ServerTestSupport {
  static final String ROLE = "arn:aws:iam::123456789012:role/test";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String WAIT_10 =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}";
  static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"bad\"}}}";

  @TempDir Path dataDir;
  Server server;
  SfnClient sfn;
  int port;

  @BeforeEach
  void startServer() {
    startOn(dataDir);
  }

  /** The configuration of the server under test; tests override it to shorten waits. */
  ServerConfig configFor(Path dir) {
    return ServerConfig.of(0, dir);
  }

  void startOn(Path dir) {
    server = new Server(configFor(dir));
    port = server.start();
    sfn = client(port);
  }

  @AfterEach
  void stopServer() {
    if (sfn != null) {
      sfn.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static SfnClient client(int port) {
    return SfnClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        // The SDK sends StartSyncExecution to sync-<host>, which does not resolve for an IP.
        .overrideConfiguration(config ->
            config.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  String createStateMachine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  /** The execution once it no longer runs, or as it is after 20 seconds. */
  DescribeExecutionResponse awaitEnd(String executionArn) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      DescribeExecutionResponse described =
          sfn.describeExecution(b -> b.executionArn(executionArn));
      if (described.status() != ExecutionStatus.RUNNING || Instant.now().isAfter(deadline)) {
        return described;
      }
      Thread.sleep(20);
    }
  }

  /** A raw request, to see the protocol's answers as bytes. */
  HttpResponse<String> post(String target, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
