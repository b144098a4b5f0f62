package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ListTagsForResourceInput;
import io.stepwise.server.model.ListTagsForResourceOutput;

/** {@code ListTagsForResource}: a resource's tags, in the order they were added. */
public final class ListTagsForResourceAction
    implements Action<ListTagsForResourceInput, ListTagsForResourceOutput> {
  private final ServerContext context;

  public ListTagsForResourceAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListTagsForResourceInput> inputType() {
    return ListTagsForResourceInput.class;
  }

  @Override
  public ListTagsForResourceOutput handle(ListTagsForResourceInput input) {
    String arn = TaggedResources.existing(context, input.resourceArn());
    return new ListTagsForResourceOutput(context.tags().tags(arn));
  }
}
