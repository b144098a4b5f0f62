package io.stepwise.integrations.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request an HTTP Task sends: the task's endpoint, method, headers, query parameters and body,
 * merged with the connection's invocation parameters (the connection's value wins where both name
 * the same header, query parameter or body field, as EventBridge documents for its connections),
 * the connection's credential, and the headers AWS adds to every call.
 */
final class OutgoingRequest {

  private OutgoingRequest() {}

  static HttpRequest build(
      HttpTaskRequest task,
      HttpConnection connection,
      Credential credential,
      String region,
      Duration timeout)
      throws HttpTaskException {
    InvocationParameters added = connection.invocationParameters();
    // Header names are case-insensitive: a connection's "x-tenant" replaces a task's "X-Tenant".
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    task.headers().forEach(headers::put);
    added.headers().forEach((name, value) -> headers.put(name, value.reveal()));
    // The client computes the length of what it sends; a stated one could only disagree.
    headers.remove("Content-Length");

    String body = body(task, added);
    if (body != null && !headers.containsKey("Content-Type")) {
      headers.put(
          "Content-Type",
          task.urlEncoded()
              ? "application/x-www-form-urlencoded"
              : "application/json; charset=UTF-8");
    }
    headers.put(credential.name(), credential.value());
    // What AWS sets on every call, whatever the task or connection says.
    headers.put("User-Agent", "Amazon|StepFunctions|HttpInvoke|" + region);
    headers.put("Range", "bytes=0-" + HttpTransport.MAX_RESPONSE_BYTES);

    List<UrlEncoding.Pair> query = new ArrayList<>();
    for (UrlEncoding.Pair pair : task.query()) {
      if (!added.queryStrings().containsKey(pair.name())) {
        query.add(pair);
      }
    }
    added
        .queryStrings()
        .forEach((name, value) -> query.add(new UrlEncoding.Pair(name, value.reveal())));

    HttpRequest.Builder builder =
        HttpRequest.newBuilder(withQuery(task.endpoint(), query)).timeout(timeout);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      header(builder, header.getKey(), header.getValue());
    }
    // The task attempt's trace context, where the execution is traced: set last, so that it is the
    // attempt's own and not a traceparent written in the state's Headers.
    io.stepwise.integrations.TraceContext.inject(builder::setHeader);
    builder.method(
        task.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return builder.build();
  }

  /**
   * The body text: a string as it is, an object URL-encoded or as JSON, with the connection's body
   * parameters merged into it; {@code null} for no body.
   */
  private static String body(HttpTaskRequest task, InvocationParameters added)
      throws HttpTaskException {
    JsonNode body = task.body();
    if (!added.body().isEmpty()) {
      if (body != null && !body.isObject()) {
        throw HttpErrors.runtime(
            "The RequestBody field must be a JSON object, because the connection "
                + "adds body parameters to it");
      }
      ObjectNode merged = body == null ? Json.NODES.objectNode() : ((ObjectNode) body).deepCopy();
      added.body().forEach((name, value) -> merged.put(name, value.reveal()));
      body = merged;
    }
    if (body == null) {
      return null;
    }
    if (body.isTextual()) {
      return body.textValue();
    }
    if (task.urlEncoded()) {
      return UrlEncoding.form(body, task.arrayFormat(), "RequestBody");
    }
    return Json.write(body);
  }

  /** The URI with these parameters after any query it has. */
  static URI withQuery(URI uri, List<UrlEncoding.Pair> parameters) {
    StringBuilder text = new StringBuilder();
    text.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
    text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String added = UrlEncoding.join(parameters);
    if (!added.isEmpty()) {
      query = query.isEmpty() ? added : query + "&" + added;
    }
    if (!query.isEmpty()) {
      text.append('?').append(query);
    }
    return URI.create(text.toString());
  }

  /** Sets a header, or fails naming it (never its value, which may be a secret). */
  static void header(HttpRequest.Builder builder, String name, String value)
      throws HttpTaskException {
    try {
      builder.setHeader(name, value);
    } catch (IllegalArgumentException refused) {
      throw HttpErrors.runtime(
          "The header '" + name + "' cannot be sent: its name or value is not valid in HTTP");
    }
  }
}
