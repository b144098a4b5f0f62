package io.stepwise.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.stepwise.server.actions.Action;
import io.stepwise.server.actions.ActionRegistry;
import io.stepwise.server.auth.RequestAuthenticator;
import io.stepwise.server.auth.SignableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The awsJson1_0 endpoint: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Action>}, a
 * JSON body of the action's input shape, and the output shape (HTTP 200) or AWS's error structure
 * (HTTP 400, 500 only for our bugs) as the answer. The host is not looked at, so the {@code sync-}
 * prefix that SDKs put before it for StartSyncExecution changes nothing.
 *
 * <p>Every request passes the {@link RequestAuthenticator} before it is routed, as on AWS, where an
 * unsigned request learns nothing, not even whether its action exists.
 */
public final class AwsJsonEndpoint implements Handler {
  /** The largest request body taken: 1 MiB, the size of the largest definition. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final String TARGET_PREFIX = "AWSStepFunctions.";

  private final ActionRegistry actions;
  private final RequestAuthenticator authenticator;

  /** An endpoint that accepts any credentials. */
  public AwsJsonEndpoint(ActionRegistry actions) {
    this(actions, RequestAuthenticator.AcceptAnyAuthenticator.INSTANCE);
  }

  /** An endpoint that lets through only the requests the authenticator accepts. */
  public AwsJsonEndpoint(ActionRegistry actions, RequestAuthenticator authenticator) {
    this.actions = actions;
    this.authenticator = authenticator;
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("x-amzn-RequestId", UUID.randomUUID().toString());
    Object output;
    try {
      byte[] body = body(ctx);
      if (authenticator.inspectsRequests()) {
        authenticator.authenticate(signable(ctx, body));
      }
      Action<?, ?> action = action(ctx.header("X-Amz-Target"), ctx.contentType());
      output = invoke(action, body);
    } catch (Exception e) {
      fail(ctx, ErrorMapper.map(e));
      return;
    }
    try {
      respond(ctx, 200, AwsJson.MAPPER.writeValueAsBytes(output));
    } catch (JsonProcessingException e) {
      fail(ctx, ErrorMapper.map(e));
    }
  }

  private Action<?, ?> action(String target, String contentType) {
    // AWS routes by protocol first: a body in another protocol names no operation it knows.
    if (target == null || !acceptedContentType(contentType)) {
      throw ApiException.unknownOperation(target);
    }
    if (!target.startsWith(TARGET_PREFIX)) {
      throw ApiException.unknownOperation(target);
    }
    return actions
        .find(target.substring(TARGET_PREFIX.length()))
        .orElseThrow(() -> ApiException.unknownOperation(target));
  }

  private static boolean acceptedContentType(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals(CONTENT_TYPE) || type.equals("application/json");
  }

  /** The body, read up to the limit, so that a huge body costs no more than the limit. */
  private static byte[] body(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return body;
    }
  }

  /** The request as the signature covers it: the raw path and query, every header, the body. */
  private static SignableRequest signable(Context ctx, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    return new SignableRequest(
        ctx.req().getMethod(),
        ctx.req().getRequestURI(),
        ctx.req().getQueryString(),
        headers,
        body);
  }

  private static ApiException tooLarge() {
    return ApiException.validation(
        "Request body is larger than the limit of " + MAX_BODY_BYTES + " bytes");
  }

  private static <I extends Record, O extends Record> O invoke(Action<I, O> action, byte[] body)
      throws Exception {
    return action.handle(RequestReader.read(body, action.inputType()));
  }

  private static void fail(Context ctx, ApiError error) {
    var body = AwsJson.MAPPER.createObjectNode();
    body.put("__type", error.type());
    body.put("message", error.message());
    ctx.header("x-amzn-query-error", error.type() + ";Sender");
    respond(ctx, error.status(), body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void respond(Context ctx, int status, byte[] body) {
    ctx.status(status);
    ctx.contentType(CONTENT_TYPE);
    ctx.result(body);
  }
}
