package io.stepwise.server.actions;

import io.stepwise.engine.machines.ActivityRecord;
import io.stepwise.server.ServerContext;
import io.stepwise.server.TagStore;
import io.stepwise.server.model.CreateActivityInput;
import io.stepwise.server.model.CreateActivityOutput;
import io.stepwise.server.model.Tag;
import io.stepwise.server.protocol.ApiException;
import java.util.List;

/**
 * {@code CreateActivity}: idempotent by name. As on AWS, a repeat with other tags answers the
 * existing activity and leaves its tags as they are.
 */
public final class CreateActivityAction
    implements Action<CreateActivityInput, CreateActivityOutput> {
  private final ServerContext context;

  public CreateActivityAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<CreateActivityInput> inputType() {
    return CreateActivityInput.class;
  }

  @Override
  public CreateActivityOutput handle(CreateActivityInput input) {
    List<Tag> tags = input.tags() == null ? List.of() : input.tags();
    if (tags.size() > TagStore.MAX_TAGS) {
      throw new ApiException(
          "TooManyTags",
          "Too many tags: a resource may have at most " + TagStore.MAX_TAGS + " tags");
    }
    String arn =
        "arn:aws:states:"
            + context.config().region()
            + ":"
            + context.config().account()
            + ":activity:"
            + input.name();
    boolean existed = context.activities().exists(arn);
    ActivityRecord activity = context.activities().create(input.name());
    if (!existed && !tags.isEmpty()) {
      context.tags().tag(activity.activityArn(), tags);
    }
    return new CreateActivityOutput(activity.activityArn(), activity.creationDate());
  }
}
