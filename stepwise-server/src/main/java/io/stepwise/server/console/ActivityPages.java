package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.engine.runtime.WaitingTask;
import io.stepwise.server.model.ActivityListItem;
import io.stepwise.server.model.CreateActivityInput;
import io.stepwise.server.model.CreateActivityOutput;
import io.stepwise.server.model.DeleteActivityInput;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.ListActivitiesInput;
import io.stepwise.server.model.ListActivitiesOutput;
import io.stepwise.server.model.SendTaskFailureInput;
import io.stepwise.server.model.SendTaskHeartbeatInput;
import io.stepwise.server.model.SendTaskSuccessInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The activities (ListActivities, CreateActivity, DeleteActivity) and the task tokens that wait for
 * an answer, callbacks and activity tasks alike, which the user answers here as a worker would:
 * SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat.
 *
 * <p>AWS has no action that lists waiting tokens, so they come from the runtime directly ({@link
 * io.stepwise.engine.runtime.ExecutionRuntime#waitingTasks()}, read-only); everything else goes
 * through the API's actions.
 */
final class ActivityPages implements ConsolePages {
  private final ConsoleApi api;
  private final Templates templates;
  private final Supplier<List<WaitingTask>> waitingTasks;

  ActivityPages(ConsoleApi api, Templates templates, Supplier<List<WaitingTask>> waitingTasks) {
    this.api = api;
    this.templates = templates;
    this.waitingTasks = waitingTasks;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/activities", this::list);
    routes.post("/activities", this::create);
    routes.post("/activities/delete", this::delete);
    routes.post("/task-tokens/success", this::succeed);
    routes.post("/task-tokens/failure", this::fail);
    routes.post("/task-tokens/heartbeat", this::heartbeat);
  }

  private void list(Context ctx) {
    templates.answer(
        ctx,
        "activities/list.jte",
        Map.of(
            "activities", allActivities(),
            "tokens", WaitingToken.of(api, waitingTasks.get())));
  }

  private void create(Context ctx) {
    api.call(
        new CreateActivityInput(ctx.formParam("name"), null, null), CreateActivityOutput.class);
    Answers.redirect(ctx, "/activities");
  }

  private void delete(Context ctx) {
    api.call(new DeleteActivityInput(ctx.formParam("activityArn")), EmptyOutput.class);
    Answers.redirect(ctx, "/activities");
  }

  private void succeed(Context ctx) {
    String output = ctx.formParam("output");
    api.call(
        new SendTaskSuccessInput(
            ctx.formParam("taskToken"), output == null || output.isBlank() ? "{}" : output),
        EmptyOutput.class);
    Answers.redirect(ctx, "/activities");
  }

  private void fail(Context ctx) {
    api.call(
        new SendTaskFailureInput(
            ctx.formParam("taskToken"),
            blankToNull(ctx.formParam("error")),
            blankToNull(ctx.formParam("cause"))),
        EmptyOutput.class);
    Answers.redirect(ctx, "/activities");
  }

  /** A heartbeat changes nothing on the page but the time of the last one: said in place. */
  private void heartbeat(Context ctx) {
    api.call(new SendTaskHeartbeatInput(ctx.formParam("taskToken")), EmptyOutput.class);
    if (ctx.header("HX-Request") != null) {
      templates.answer(ctx, "activities/heartbeat-sent.jte", Map.of("at", Instant.now()));
    } else {
      Answers.redirect(ctx, "/activities");
    }
  }

  private List<ActivityListItem> allActivities() {
    return api.all(
        next -> new ListActivitiesInput(1000, next),
        ListActivitiesOutput.class,
        ListActivitiesOutput::activities,
        ListActivitiesOutput::nextToken);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
