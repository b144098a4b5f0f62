package io.stepwise.server.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;

/**
 * Refuses a console form posted from another site: without it, any page a user visits could start
 * or stop executions on the Stepwise running on their laptop. Browsers say where a request comes
 * from ({@code Sec-Fetch-Site}, or else {@code Origin}); a request that says nothing (curl, the AWS
 * SDKs) is not a browser's and passes. The API itself ({@code POST /}) is left to its own
 * authentication, as on AWS.
 */
final class SameOriginGuard implements Handler {
  @Override
  public void handle(Context ctx) {
    if (!ctx.method().name().equals("POST") || ctx.path().equals("/")) {
      return;
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (!site.equals("same-origin") && !site.equals("none")) {
        refuse(ctx);
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameHost(origin, ctx.host())) {
      refuse(ctx);
    }
  }

  private static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String authority = uri.getAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(Context ctx) {
    ctx.status(HttpStatus.FORBIDDEN);
    ctx.result("The console accepts forms from its own pages only");
    ctx.skipRemainingHandlers();
  }
}
