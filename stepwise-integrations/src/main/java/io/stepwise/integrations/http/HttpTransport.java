package io.stepwise.integrations.http;

import io.stepwise.asl.error.StatesError;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request and waits for the whole response within the HTTP Task's time limit (60 seconds
 * on AWS): headers and body. Redirects are not followed, so a connection's credentials never travel
 * to a host the task did not name. Network failures and the limit become {@code
 * States.Http.Socket}.
 */
final class HttpTransport {

  /**
   * The most of a response body that is read: AWS asks for {@code bytes=0-262144}, and a task's
   * result cannot be larger anyway.
   */
  static final int MAX_RESPONSE_BYTES = 262_144;

  /** A response as it arrived. */
  record Received(int statusCode, HttpHeaders headers, byte[] body) {}

  private final LazyHttpClient client;
  private final Duration timeout;

  HttpTransport(LazyHttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * @param target what the request is sent to, as it may be shown in a cause (no credentials)
   * @param connection the connection whose secrets are masked in any quoted message
   */
  Received send(HttpRequest request, String target, HttpConnection connection)
      throws HttpTaskException {
    CompletableFuture<java.net.http.HttpResponse<LimitedBody.Bytes>> exchange =
        client.get().sendAsync(request, LimitedBody.handler(MAX_RESPONSE_BYTES));
    java.net.http.HttpResponse<LimitedBody.Bytes> response;
    try {
      response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      exchange.cancel(true);
      throw timedOut(target);
    } catch (InterruptedException interrupted) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new HttpTaskException(
          HttpErrors.SOCKET, "The request to " + target + " was interrupted");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(target);
      }
      if (cause instanceof IOException || cause instanceof SecurityException) {
        throw new HttpTaskException(
            HttpErrors.SOCKET,
            connection.masked(
                "The request to "
                    + target
                    + " failed: "
                    + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
      }
      throw new IllegalStateException("Unexpected failure of an HTTP exchange", cause);
    }
    if (response.body().overLimit()) {
      throw new HttpTaskException(
          StatesError.DATA_LIMIT_EXCEEDED.errorName(),
          "The state/task 'http' returned a result with a size exceeding the maximum number of"
              + " bytes service limit.");
    }
    return new Received(response.statusCode(), response.headers(), response.body().data());
  }

  private HttpTaskException timedOut(String target) {
    return new HttpTaskException(
        HttpErrors.SOCKET, "The request to " + target + " timed out after " + describe(timeout));
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " seconds" : millis + " milliseconds";
  }
}
