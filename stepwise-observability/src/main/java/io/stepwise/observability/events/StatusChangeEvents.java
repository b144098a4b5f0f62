package io.stepwise.observability.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.runtime.ExecutionListener;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RecordedStep;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Execution status-change events, in EventBridge's {@code "Step Functions Execution Status Change"}
 * shape ({@link StatusChanges}), posted to webhooks ({@link WebhookSender}): each status change of
 * a Standard execution once to each webhook, in order, retried with backoff; the executions never
 * wait for it.
 *
 * <pre>{@code
 * StatusChangeEvents events = StatusChangeEvents.bind(runtime, webhooks, Backoff.DEFAULT);
 * }</pre>
 */
public final class StatusChangeEvents implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StatusChangeEvents.class.getName());

  /** Events waiting per webhook before new ones are dropped. */
  static final int QUEUE_CAPACITY = 10_000;

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final ExecutionRuntime runtime;
  private final List<WebhookSender> senders;
  private final HttpClient http;
  private final AtomicLong dropped = new AtomicLong();
  private final ExecutionListener listener = this::recorded;

  private StatusChangeEvents(ExecutionRuntime runtime, List<Webhook> webhooks, Backoff backoff) {
    this.runtime = runtime;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.senders =
        webhooks.stream()
            .map(webhook -> new WebhookSender(webhook, backoff, http, QUEUE_CAPACITY))
            .toList();
  }

  /** Posts the status changes of a runtime's executions from now on to these webhooks. */
  public static StatusChangeEvents bind(
      ExecutionRuntime runtime, List<Webhook> webhooks, Backoff backoff) {
    StatusChangeEvents events = new StatusChangeEvents(runtime, webhooks, backoff);
    if (!webhooks.isEmpty()) {
      runtime.addListener(events.listener);
    }
    return events;
  }

  private void recorded(RecordedStep step) {
    for (ObjectNode event : StatusChanges.of(step)) {
      String text = Json.write(event);
      for (WebhookSender sender : senders) {
        if (!sender.offer(text) && dropped.getAndIncrement() % 1_000 == 0) {
          LOG.log(System.Logger.Level.WARNING, "Status-change events dropped: a webhook is behind");
        }
      }
    }
  }

  /** Events delivered, over all webhooks. */
  public long delivered() {
    return senders.stream().mapToLong(WebhookSender::delivered).sum();
  }

  /** Events given up on (refused, or still failing after every attempt), over all webhooks. */
  public long failed() {
    return senders.stream().mapToLong(WebhookSender::failed).sum();
  }

  /** Events dropped because a webhook's queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Whether every event heard so far has been delivered or given up on. */
  public boolean idle() {
    return senders.stream().allMatch(WebhookSender::idle);
  }

  /** Stops listening, and sends what is queued for a few seconds at most. */
  @Override
  public void close() {
    runtime.removeListener(listener);
    senders.forEach(sender -> sender.close(CLOSE_GRACE));
    http.close();
  }
}
