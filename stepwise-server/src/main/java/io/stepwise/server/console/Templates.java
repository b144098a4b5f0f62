package io.stepwise.server.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The console's jte templates ({@code src/main/jte}), compiled to Java classes at build time, so a
 * mistake in a template fails the build and the server needs no compiler at run time.
 */
public final class Templates {
  private static final String PACKAGE = "io.stepwise.server.console.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);

  /** Renders a template with its parameters by name. */
  public String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template, params, output);
    return output.toString();
  }

  /** Renders a template as the answer to a request. */
  public void answer(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, params));
  }
}
