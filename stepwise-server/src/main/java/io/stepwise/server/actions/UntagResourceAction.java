package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.UntagResourceInput;

/** {@code UntagResource}: removes tags by key. */
public final class UntagResourceAction implements Action<UntagResourceInput, EmptyOutput> {
  private final ServerContext context;

  public UntagResourceAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<UntagResourceInput> inputType() {
    return UntagResourceInput.class;
  }

  @Override
  public EmptyOutput handle(UntagResourceInput input) {
    String arn = TaggedResources.existing(context, input.resourceArn());
    context.tags().untag(arn, input.tagKeys());
    return new EmptyOutput();
  }
}
