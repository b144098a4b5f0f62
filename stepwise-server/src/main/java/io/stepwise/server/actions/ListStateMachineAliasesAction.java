package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineAlias;
import io.stepwise.engine.store.Page;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ListStateMachineAliasesInput;
import io.stepwise.server.model.ListStateMachineAliasesOutput;
import io.stepwise.server.model.StateMachineAliasListItem;

/**
 * {@code ListStateMachineAliases} of a state machine, or of a version (the aliases routing to it).
 */
public final class ListStateMachineAliasesAction
    implements Action<ListStateMachineAliasesInput, ListStateMachineAliasesOutput> {
  private final ServerContext context;

  public ListStateMachineAliasesAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListStateMachineAliasesInput> inputType() {
    return ListStateMachineAliasesInput.class;
  }

  @Override
  public ListStateMachineAliasesOutput handle(ListStateMachineAliasesInput input) {
    Page<StateMachineAlias> page =
        context
            .registry()
            .aliases()
            .listStateMachineAliases(
                input.stateMachineArn(),
                input.nextToken(),
                input.maxResults() == null ? 0 : input.maxResults());
    return new ListStateMachineAliasesOutput(
        page.items().stream()
            .map(alias -> new StateMachineAliasListItem(alias.arn(), alias.creationDate()))
            .toList(),
        page.nextToken());
  }
}
