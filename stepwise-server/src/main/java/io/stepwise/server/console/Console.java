package io.stepwise.server.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.server.actions.ActionRegistry;
import io.stepwise.server.auth.Authentication;
import java.util.List;

/**
 * The web console, served at {@code /} beside the API (which is only ever {@code POST /} with an
 * {@code X-Amz-Target}): server-rendered pages (jte), htmx for what changes in place, server-sent
 * events for executions that are running, and every script and style served by Stepwise itself, so
 * it works offline.
 */
public final class Console {
  /** Where the console's own styles and scripts are served from, on the class path and the web. */
  static final String ASSETS = "/console-assets";

  private final List<ConsolePages> pages;
  private final ConsoleSignIn signIn;

  /**
   * A console over the API's actions, as closed as the API: see {@link ConsoleSignIn}.
   *
   * @param actions the actions the API serves
   * @param authentication how the API authenticates requests
   * @param runtime the runtime, for what no action tells: the task tokens that wait now, and each
   *     step an execution records (live pages wake on it); read only
   */
  public Console(ActionRegistry actions, Authentication authentication, ExecutionRuntime runtime) {
    this.signIn = ConsoleSignIn.forApi(authentication);
    ConsoleApi api = new ConsoleApi(actions);
    ExecutionChanges changes = new ExecutionChanges();
    runtime.addListener(changes);
    Templates templates = new Templates();
    this.pages =
        List.of(
            new StateMachinePages(api, templates),
            new ExecutionPages(api, templates, changes),
            new ActivityPages(api, templates, runtime::waitingTasks));
  }

  /** Adds the console's routes and static files to a Javalin being configured. */
  public void install(JavalinConfig javalin) {
    javalin.staticFiles.enableWebjars();
    javalin.staticFiles.add(files -> {
      files.hostedPath = ASSETS;
      files.directory = ASSETS;
      files.location = Location.CLASSPATH;
      files.headers = java.util.Map.of("Cache-Control", "no-cache");
    });
    if (signIn != null) {
      javalin.routes.before(signIn);
    }
    javalin.routes.before(new SameOriginGuard());
    javalin.routes.get("/", ctx -> ctx.redirect("/state-machines"));
    javalin.routes.get("/favicon.ico", ctx -> ctx.redirect(ASSETS + "/favicon.svg"));
    javalin.routes.exception(
        ApiCallFailed.class, (failure, ctx) -> ErrorPage.answer(ctx, failure, new Templates()));
    for (ConsolePages group : pages) {
      group.register(javalin.routes);
    }
  }
}
