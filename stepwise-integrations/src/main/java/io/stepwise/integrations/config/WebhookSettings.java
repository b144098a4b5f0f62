package io.stepwise.integrations.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A receiver of status-change events.
 *
 * @param url where events are posted, an http or https URL
 * @param headers headers every post carries (an {@code Authorization}, say: best given as {@code
 *     ${env:NAME}})
 */
public record WebhookSettings(URI url, Map<String, String> headers) {

  public WebhookSettings {
    headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
  }
}
