package io.stepwise.integrations.http;

import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * The HTTP Task's client, built on its first request: building one costs a run of a state machine
 * without HTTP Tasks about a seventh of a second (TLS set-up), and an open client keeps the process
 * from exiting promptly. Closed with the integrations.
 */
final class LazyHttpClient implements AutoCloseable {
  private final Supplier<HttpClient> build;
  private HttpClient client;
  private boolean closed;

  LazyHttpClient(Supplier<HttpClient> build) {
    this.build = build;
  }

  /** The client, built now if this is the first request. */
  synchronized HttpClient get() {
    if (closed) {
      throw new IllegalStateException("The HTTP Task's client is closed");
    }
    if (client == null) {
      client = build.get();
    }
    return client;
  }

  /** Whether a request has needed the client yet. */
  synchronized boolean built() {
    return client != null;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.close();
    }
  }
}
