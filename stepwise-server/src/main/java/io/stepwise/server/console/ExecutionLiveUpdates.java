package io.stepwise.server.console;

import io.javalin.http.sse.SseClient;
import io.stepwise.engine.run.ExecutionStatus;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /execution/live?arn=}: server-sent events for an execution's page while it runs. Each
 * time the execution changes it sends the summary, the graph and the events table again (the events
 * {@code summary}, {@code graph} and {@code events}, which the page's {@code sse-swap} elements
 * take in); when it has ended, one last update and then {@code ended}, on which the page closes the
 * connection ({@code sse-close}), since htmx would otherwise connect again.
 */
final class ExecutionLiveUpdates {
  private static final Logger LOG = Logger.getLogger(ExecutionLiveUpdates.class.getName());

  private final ConsoleApi api;
  private final ExecutionPage page;
  private final HistoryWatch watch;

  ExecutionLiveUpdates(ConsoleApi api, ExecutionPage page, ExecutionChanges changes) {
    this.api = api;
    this.page = page;
    this.watch = new HistoryWatch(api, changes);
  }

  void connect(SseClient client) {
    String arn = client.ctx().queryParam("arn");
    // The request's own thread returns at once; the watch runs on a virtual thread of its own
    // for as long as the page stays connected.
    client.keepAlive();
    Thread.ofVirtual().name("console-live").start(() -> follow(client, arn));
  }

  private void follow(SseClient client, String arn) {
    try (client) {
      if (arn == null) {
        client.sendEvent("ended", "no execution");
        return;
      }
      // The page was drawn before connecting: send the state now, in case it changed meanwhile.
      HistoryWatch.Mark seen = watch.mark(arn);
      send(client, arn);
      while (running(seen.status()) && !client.terminated()) {
        seen = watch.awaitChange(arn, seen);
        send(client, arn);
      }
      client.sendEvent("ended", seen.status().name());
    } catch (ApiCallFailed e) {
      client.sendEvent("ended", e.summary());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A connection the browser dropped, most likely; the page connects again if it is open.
      LOG.log(Level.FINE, "Live updates of " + arn + " stopped", e);
    }
  }

  private void send(SseClient client, String arn) {
    ExecutionSnapshot snapshot = ExecutionSnapshot.load(api, arn);
    for (Map.Entry<String, String> part : page.parts(snapshot).entrySet()) {
      client.sendEvent(part.getKey(), part.getValue());
    }
  }

  private static boolean running(ExecutionStatus status) {
    return status == ExecutionStatus.RUNNING || status == ExecutionStatus.PENDING_REDRIVE;
  }
}
