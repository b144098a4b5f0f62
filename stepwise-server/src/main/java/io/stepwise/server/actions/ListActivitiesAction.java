package io.stepwise.server.actions;

import io.stepwise.engine.machines.ActivityRecord;
import io.stepwise.engine.store.Page;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ActivityListItem;
import io.stepwise.server.model.ListActivitiesInput;
import io.stepwise.server.model.ListActivitiesOutput;

/** {@code ListActivities}, in name order, a page at a time. */
public final class ListActivitiesAction
    implements Action<ListActivitiesInput, ListActivitiesOutput> {
  private final ServerContext context;

  public ListActivitiesAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListActivitiesInput> inputType() {
    return ListActivitiesInput.class;
  }

  @Override
  public ListActivitiesOutput handle(ListActivitiesInput input) {
    Page<ActivityRecord> page =
        context
            .activities()
            .list(input.maxResults() == null ? 0 : input.maxResults(), input.nextToken());
    return new ListActivitiesOutput(
        page.items().stream()
            .map(activity ->
                new ActivityListItem(
                    activity.activityArn(), activity.name(), activity.creationDate()))
            .toList(),
        page.nextToken());
  }
}
