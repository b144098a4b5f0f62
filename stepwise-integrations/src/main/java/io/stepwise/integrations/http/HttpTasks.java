package io.stepwise.integrations.http;

import io.stepwise.engine.task.TaskResources;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

/** Puts the HTTP Task in a {@link TaskResources}, over a set of connections. */
public final class HttpTasks {

  /** AWS's limit on one HTTP Task request, after which it fails with States.Http.Socket. */
  public static final Duration AWS_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private HttpTasks() {}

  /**
   * Adds {@code arn:aws:states:::http:invoke} (with {@code .waitForTaskToken}) with AWS's 60-second
   * request limit.
   *
   * @param clock when OAuth tokens expire is read from it
   */
  public static TaskResources addTo(TaskResources tasks, HttpConnections connections, Clock clock) {
    return addTo(tasks, connections, clock, AWS_REQUEST_TIMEOUT);
  }

  /**
   * Adds {@code arn:aws:states:::http:invoke} with another request limit (tests, slow private
   * networks).
   */
  public static TaskResources addTo(
      TaskResources tasks, HttpConnections connections, Clock clock, Duration requestTimeout) {
    install(tasks, connections, clock, requestTimeout);
    return tasks;
  }

  /**
   * As {@link #addTo(TaskResources, HttpConnections, Clock, Duration)}, answering what closes the
   * HTTP client (built on the first request) when the integrations close.
   */
  public static AutoCloseable install(
      TaskResources tasks, HttpConnections connections, Clock clock, Duration requestTimeout) {
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException(
          "The HTTP Task request timeout must be positive, but was " + requestTimeout);
    }
    LazyHttpClient client =
        new LazyHttpClient(() ->
            HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build());
    HttpTransport transport = new HttpTransport(client, requestTimeout);
    tasks.register(
        HttpInvokeTask::handles,
        new HttpInvokeTask(connections, transport, new OAuthTokens(transport, clock)));
    return client;
  }
}
