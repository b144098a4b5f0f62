package io.stepwise.server.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How the console answers a form that did what it was asked. */
final class Answers {
  private Answers() {}

  /**
   * Sends the browser to a page: htmx follows {@code HX-Redirect} (a 3xx would be followed inside
   * the fetch and swapped in as a fragment), a plain form follows 303 See Other with a GET.
   */
  static void redirect(Context ctx, String location) {
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", location);
      ctx.status(HttpStatus.NO_CONTENT);
    } else {
      ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
  }
}
