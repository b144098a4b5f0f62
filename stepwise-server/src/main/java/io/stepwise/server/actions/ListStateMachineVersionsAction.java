package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineVersion;
import io.stepwise.engine.store.Page;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ListStateMachineVersionsInput;
import io.stepwise.server.model.ListStateMachineVersionsOutput;
import io.stepwise.server.model.StateMachineVersionListItem;

/** {@code ListStateMachineVersions}, newest first. */
public final class ListStateMachineVersionsAction
    implements Action<ListStateMachineVersionsInput, ListStateMachineVersionsOutput> {
  private final ServerContext context;

  public ListStateMachineVersionsAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListStateMachineVersionsInput> inputType() {
    return ListStateMachineVersionsInput.class;
  }

  @Override
  public ListStateMachineVersionsOutput handle(ListStateMachineVersionsInput input) {
    Page<StateMachineVersion> page =
        context
            .registry()
            .listStateMachineVersions(
                input.stateMachineArn(),
                input.nextToken(),
                input.maxResults() == null ? 0 : input.maxResults());
    return new ListStateMachineVersionsOutput(
        page.items().stream()
            .map(version -> new StateMachineVersionListItem(version.arn(), version.creationDate()))
            .toList(),
        page.nextToken());
  }
}
