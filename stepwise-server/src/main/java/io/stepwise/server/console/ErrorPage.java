package io.stepwise.server.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * What the user sees when an action refuses: the error as an SDK would show it. A page that names
 * something that does not exist answers 404; for htmx requests the error is a fragment, answered
 * with 200 so htmx shows it in place of the form's result.
 */
final class ErrorPage {
  private ErrorPage() {}

  static void answer(Context ctx, ApiCallFailed failure, Templates templates) {
    boolean fragment = ctx.header("HX-Request") != null;
    if (fragment) {
      templates.answer(ctx, "error-fragment.jte", Map.of("failure", failure));
      return;
    }
    ctx.status(
        failure.code().endsWith("DoesNotExist") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    templates.answer(ctx, "error.jte", Map.of("failure", failure));
  }
}
