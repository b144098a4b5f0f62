package io.stepwise.observability.events;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts events to one webhook, one at a time and in the order they came, from a bounded queue on a
 * virtual thread of its own. An event is tried again, after a growing wait, when the receiver
 * cannot be reached or answers 5xx or 429; any other answer ends its delivery (2xx delivered, other
 * 4xx refused). Waiting in a thread is fine here: it is a delivery thread, not an execution's, and
 * what it waits for is lost on a restart anyway (see {@code docs/observability.md}).
 */
final class WebhookSender {
  private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final Webhook webhook;
  private final Backoff backoff;
  private final HttpClient http;
  private final BlockingQueue<String> queue;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** Events queued or being sent. */
  private final AtomicLong pending = new AtomicLong();

  private final Thread thread;
  private volatile boolean stopping;

  WebhookSender(Webhook webhook, Backoff backoff, HttpClient http, int capacity) {
    this.webhook = webhook;
    this.backoff = backoff;
    this.http = http;
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.thread = Thread.ofVirtual().name("stepwise-webhook").start(this::run);
  }

  /** Queues an event; {@code false} if the queue is full and it was dropped. */
  boolean offer(String event) {
    pending.incrementAndGet();
    if (queue.offer(event)) {
      return true;
    }
    pending.decrementAndGet();
    return false;
  }

  long delivered() {
    return delivered.get();
  }

  long failed() {
    return failed.get();
  }

  /** Whether nothing is waiting or being sent. */
  boolean idle() {
    return pending.get() == 0;
  }

  private void run() {
    while (!stopping || !queue.isEmpty()) {
      String event;
      try {
        event = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (event == null) {
        continue;
      }
      try {
        if (deliver(event)) {
          delivered.incrementAndGet();
        } else {
          failed.incrementAndGet();
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        pending.decrementAndGet();
      }
    }
  }

  private boolean deliver(String event) throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(webhook.url())
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event));
    webhook.headers().forEach(request::header);
    String problem = null;
    for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
      if (attempt > 1) {
        Thread.sleep(backoff.before(attempt - 1));
      }
      try {
        int status =
            http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300) {
          return true;
        }
        problem = "HTTP " + status;
        if (status != 429 && status < 500) {
          break; // The receiver refuses this event: sending it again would not help.
        }
      } catch (IOException e) {
        problem = e.toString();
      }
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "A status-change event could not be delivered to " + webhook.url() + ": " + problem);
    return false;
  }

  /** Sends what is queued for up to {@code grace}, then gives up on the rest. */
  void close(Duration grace) {
    stopping = true;
    try {
      if (!thread.join(grace)) {
        thread.interrupt();
        thread.join(Duration.ofSeconds(1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
