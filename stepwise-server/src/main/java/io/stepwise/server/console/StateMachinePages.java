package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.server.model.ListStateMachinesInput;
import io.stepwise.server.model.ListStateMachinesOutput;
import io.stepwise.server.model.StateMachineListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state machines: the list, each one's definition and graph, the editor, versions, aliases. */
final class StateMachinePages implements ConsolePages {
  private final ConsoleApi api;
  private final Templates templates;

  StateMachinePages(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/state-machines", this::list);
  }

  private void list(Context ctx) {
    templates.answer(ctx, "state-machines/list.jte", Map.of("machines", allMachines()));
  }

  /** Every state machine, page after page, in name order. */
  private List<StateMachineListItem> allMachines() {
    List<StateMachineListItem> machines = new ArrayList<>();
    String next = null;
    do {
      ListStateMachinesOutput page =
          api.call(new ListStateMachinesInput(1000, next), ListStateMachinesOutput.class);
      machines.addAll(page.stateMachines());
      next = page.nextToken();
    } while (next != null);
    return machines;
  }
}
