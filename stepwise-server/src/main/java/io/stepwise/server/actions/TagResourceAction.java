package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.TagResourceInput;

/** {@code TagResource}: adds tags to a state machine, version or alias, at most 50 in all. */
public final class TagResourceAction implements Action<TagResourceInput, EmptyOutput> {
  private final ServerContext context;

  public TagResourceAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<TagResourceInput> inputType() {
    return TagResourceInput.class;
  }

  @Override
  public EmptyOutput handle(TagResourceInput input) {
    String arn = TaggedResources.existing(context, input.resourceArn());
    context.tags().tag(arn, input.tags());
    return new EmptyOutput();
  }
}
