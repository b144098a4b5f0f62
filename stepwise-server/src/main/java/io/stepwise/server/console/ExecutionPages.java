package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;

/**
 * The executions: the list, the start form, an execution's page with its state details and live
 * updates, and the Stop and Redrive actions. Each job is a class of its own; this one routes.
 */
final class ExecutionPages implements ConsolePages {
  private final ExecutionListPage list;
  private final ExecutionStartForm start;
  private final ExecutionPage page;
  private final ExecutionControls controls;
  private final ExecutionLiveUpdates live;

  ExecutionPages(ConsoleApi api, Templates templates, ExecutionChanges changes) {
    this.list = new ExecutionListPage(api, templates);
    this.start = new ExecutionStartForm(api, templates);
    this.page = new ExecutionPage(api, templates);
    this.controls = new ExecutionControls(api);
    this.live = new ExecutionLiveUpdates(api, page, changes);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/executions", list::answer);
    routes.get("/executions/new", start::show);
    routes.post("/executions", start::start);
    routes.get("/execution", page::show);
    routes.get("/execution/state", page::state);
    routes.post("/execution/stop", controls::stop);
    routes.post("/execution/redrive", controls::redrive);
    routes.sse("/execution/live", live::connect);
  }
}
