package io.stepwise.observability.events;

import java.net.URI;
import java.util.Map;

/**
 * A receiver of status-change events.
 *
 * @param url where each event is posted as JSON
 * @param headers headers every post carries
 */
public record Webhook(URI url, Map<String, String> headers) {
  public Webhook {
    headers = Map.copyOf(headers);
  }
}
