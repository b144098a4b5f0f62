package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineRecord;
import io.stepwise.engine.store.Page;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ListStateMachinesInput;
import io.stepwise.server.model.ListStateMachinesOutput;
import io.stepwise.server.model.StateMachineListItem;

/** {@code ListStateMachines}, in name order. */
public final class ListStateMachinesAction
    implements Action<ListStateMachinesInput, ListStateMachinesOutput> {
  private final ServerContext context;

  public ListStateMachinesAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListStateMachinesInput> inputType() {
    return ListStateMachinesInput.class;
  }

  @Override
  public ListStateMachinesOutput handle(ListStateMachinesInput input) {
    Page<StateMachineRecord> page =
        context
            .registry()
            .listStateMachines(
                input.nextToken(), input.maxResults() == null ? 0 : input.maxResults());
    return new ListStateMachinesOutput(
        page.items().stream()
            .map(machine ->
                new StateMachineListItem(
                    machine.arn(), machine.name(), machine.type(), machine.creationDate()))
            .toList(),
        page.nextToken());
  }
}
