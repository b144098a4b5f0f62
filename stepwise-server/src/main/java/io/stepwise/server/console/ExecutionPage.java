package io.stepwise.server.console;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /execution?arn=}: an execution's summary and actions, its graph coloured by status,
 * the details of the state chosen in the graph, and its event history; and {@code GET
 * /execution/state?arn=&name=}, those details alone (a fragment for htmx, a page without scripts).
 */
final class ExecutionPage {
  private final ConsoleApi api;
  private final Templates templates;

  ExecutionPage(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
  }

  void show(Context ctx) {
    ExecutionSnapshot snapshot = ExecutionSnapshot.load(api, ctx.queryParam("arn"));
    String group = ctx.queryParam("events") == null ? "all" : ctx.queryParam("events");
    String q = ctx.queryParam("eventText") == null ? "" : ctx.queryParam("eventText");
    Map<String, Object> params = new HashMap<>();
    params.put("summary", snapshot.summary());
    params.put("graph", snapshot.graph());
    params.put("events", EventRow.of(snapshot.history(), group, q));
    params.put("eventGroup", group);
    params.put("eventText", q);
    params.put("filters", EventRow.FILTERS);
    templates.answer(ctx, "executions/execution.jte", params);
  }

  void state(Context ctx) {
    String arn = ctx.queryParam("arn");
    String name = ctx.queryParam("name") == null ? "" : ctx.queryParam("name");
    ExecutionSnapshot snapshot = ExecutionSnapshot.load(api, arn);
    StateDetails details = StateDetails.of(api, snapshot, name);
    Map<String, Object> params = Map.of("details", details, "execution", snapshot.summary());
    boolean fragment = ctx.header("HX-Request") != null;
    templates.answer(ctx, fragment ? "executions/state.jte" : "executions/state-page.jte", params);
  }

  /** The parts of the page that live updates replace, rendered alone, by their SSE event name. */
  Map<String, String> parts(ExecutionSnapshot snapshot) {
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put(
        "summary",
        templates.render("executions/summary.jte", Map.of("summary", snapshot.summary())));
    parts.put("graph", snapshot.graph());
    parts.put(
        "events",
        templates.render(
            "executions/events.jte",
            Map.of(
                "events",
                EventRow.of(snapshot.history(), "all", ""),
                "executionArn",
                snapshot.execution().executionArn())));
    return parts;
  }
}
