package io.stepwise.server.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.stepwise.server.auth.AccessKey;
import io.stepwise.server.auth.Authentication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Keeps the console as closed as the API: where the API requires SigV4 signatures made with a key,
 * the console asks the browser for that same key (HTTP Basic: the access key id as the user, the
 * secret as the password), since a browser cannot sign requests. Where the API accepts any
 * credentials, so does the console. The console's static assets are public either way; they hold
 * nothing of the user's.
 */
final class ConsoleSignIn implements Handler {
  private final AccessKey key;

  private ConsoleSignIn(AccessKey key) {
    this.key = key;
  }

  /** The sign-in the API's authentication calls for, or {@code null} for none. */
  static ConsoleSignIn forApi(Authentication authentication) {
    return authentication instanceof Authentication.SigV4 sigV4
        ? new ConsoleSignIn(sigV4.key())
        : null;
  }

  @Override
  public void handle(Context ctx) {
    String path = ctx.path();
    if (path.equals("/") && ctx.method().name().equals("POST")
        || path.startsWith(Console.ASSETS + "/")
        || path.startsWith("/webjars/")) {
      return;
    }
    if (!signedIn(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Basic realm=\"Stepwise\", charset=\"UTF-8\"");
      ctx.status(HttpStatus.UNAUTHORIZED);
      ctx.result("Sign in with the access key the server was started with (--auth sigv4)");
      ctx.skipRemainingHandlers();
    }
  }

  private boolean signedIn(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String pair;
    try {
      pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = pair.indexOf(':');
    return colon > 0
        & same(pair.substring(0, colon), key.id())
        & same(pair.substring(colon + 1), key.secret());
  }

  /** Compares in constant time, so the time taken tells nothing of the secret. */
  private static boolean same(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
