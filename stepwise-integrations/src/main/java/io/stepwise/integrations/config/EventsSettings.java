package io.stepwise.integrations.config;

import java.util.List;

/**
 * Where execution status-change events (EventBridge's "Step Functions Execution Status Change") are
 * posted, and how delivery is retried.
 *
 * @param webhooks the URLs each event is posted to; none by default
 * @param attempts how many times one event is tried at most per webhook; 6 by default
 * @param backoff seconds to wait before the first retry, doubled before each next; 1 by default
 * @param maxBackoff the longest wait between two attempts, in seconds; 32 by default
 */
public record EventsSettings(
    List<WebhookSettings> webhooks, Integer attempts, Double backoff, Double maxBackoff) {

  public static final EventsSettings NONE = new EventsSettings(null, null, null, null);

  public static final int DEFAULT_ATTEMPTS = 6;
  public static final double DEFAULT_BACKOFF = 1;
  public static final double DEFAULT_MAX_BACKOFF = 32;

  public EventsSettings {
    webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
  }

  public int attemptsOrDefault() {
    return attempts == null ? DEFAULT_ATTEMPTS : attempts;
  }

  public double backoffOrDefault() {
    return backoff == null ? DEFAULT_BACKOFF : backoff;
  }

  public double maxBackoffOrDefault() {
    return maxBackoff == null ? DEFAULT_MAX_BACKOFF : maxBackoff;
  }
}
