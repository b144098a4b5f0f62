package io.stepwise.server.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The parts of an HTTP request that a signature covers, as they arrived.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; empty if none
 * @param headers every header's values by lower-case name
 * @param body the body's bytes
 */
public record SignableRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  public SignableRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    rawQuery = rawQuery == null ? "" : rawQuery;
    TreeMap<String, List<String>> lowerCased = new TreeMap<>();
    headers.forEach((name, values) ->
        lowerCased
            .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
            .addAll(values));
    lowerCased.replaceAll((name, values) -> List.copyOf(values));
    headers = Collections.unmodifiableMap(lowerCased);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of a header, by any case of its name; null if absent. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.getFirst();
  }
}
