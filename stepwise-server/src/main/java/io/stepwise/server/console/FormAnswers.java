package io.stepwise.server.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * How the console answers a form, the same with or without JavaScript. A form htmx posted ({@code
 * hx-boost}) is told where to go next by {@code HX-Redirect}, and a refusal comes back as the page
 * again with 200 (a browser logs any 4xx as an error, and this is the user's mistake, not the
 * page's); a plain form post gets a 303 to follow, or the page again with 400.
 */
final class FormAnswers {
  private FormAnswers() {}

  /** Sends the browser on to another page after the form did what it asked. */
  static void redirect(Context ctx, String location) {
    if (isHtmx(ctx)) {
      ctx.header("HX-Redirect", location);
      ctx.status(HttpStatus.OK);
    } else {
      ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
  }

  /** Sets the status of a page shown again because an action refused what the form asked. */
  static void refused(Context ctx) {
    ctx.status(isHtmx(ctx) ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
  }

  static boolean isHtmx(Context ctx) {
    return ctx.header("HX-Request") != null;
  }

  /** A form field, or {@code null} when it is absent or blank (as AWS's optional members are). */
  static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
