package io.stepwise.server;

import io.javalin.Javalin;
import io.stepwise.server.actions.ActionRegistry;
import io.stepwise.server.auth.RequestAuthenticator;
import io.stepwise.server.console.Console;
import io.stepwise.server.protocol.AwsJsonEndpoint;
import java.time.Clock;

/**
 * The AWS Step Functions API server: the awsJson1_0 endpoint and the web console on a port, over a
 * {@link ServerContext}. {@link #start} opens the stores, resumes running executions and listens;
 * {@link #close} stops listening, then closes the runtime and the stores.
 *
 * <pre>{@code
 * try (Server server = new Server(ServerConfig.of(0, dataDir))) {
 *   int port = server.start();
 *   ...
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
  private final ServerConfig config;
  private ServerContext context;
  private Javalin app;

  public Server(ServerConfig config) {
    this.config = config;
  }

  /**
   * Opens the stores, resumes the executions that were running, and listens.
   *
   * @return the port bound: the configured one, or the one chosen for port 0
   * @throws IllegalStateException if already started
   */
  public synchronized int start() {
    if (app != null) {
      throw new IllegalStateException("The server is already started");
    }
    context = ServerContext.open(config);
    ActionRegistry actions = ActionRegistry.of(context);
    Console console = new Console(actions, config.authentication(), context.runtime());
    AwsJsonEndpoint endpoint =
        new AwsJsonEndpoint(
            actions,
            RequestAuthenticator.of(config.authentication(), config.region(), Clock.systemUTC()));
    try {
      app =
          Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.concurrency.useVirtualThreads = true;
            // The endpoint bounds bodies itself, to answer with AWS's error.
            javalin.http.maxRequestSize = AwsJsonEndpoint.MAX_BODY_BYTES + 1L;
            javalin.routes.post("/", endpoint);
            javalin.routes.get(
                "/metrics",
                ctx ->
                    ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(context.metrics().scrape()));
            console.install(javalin);
          });
      app.start(config.port());
    } catch (RuntimeException e) {
      context.close();
      context = null;
      app = null;
      throw e;
    }
    return app.port();
  }

  /** The port listened on. */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("The server is not started");
    }
    return app.port();
  }

  /** What the actions work on; for tests and embedding. */
  public synchronized ServerContext context() {
    return context;
  }

  /** Stops listening, then closes the runtime and the stores. Does nothing if not started. */
  @Override
  public synchronized void close() {
    if (app == null) {
      return;
    }
    try {
      app.stop();
    } finally {
      app = null;
      context.close();
      context = null;
    }
  }
}
