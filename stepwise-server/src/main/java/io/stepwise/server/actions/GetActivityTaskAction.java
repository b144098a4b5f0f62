package io.stepwise.server.actions;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.runtime.ActivityTask;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.GetActivityTaskInput;
import io.stepwise.server.model.GetActivityTaskOutput;
import java.util.Optional;

/**
 * {@code GetActivityTask}: a long poll (AWS's 60 seconds, {@link
 * io.stepwise.server.ServerConfig#activityTaskWait()}) for the activity's next task, answering
 * {@code {}} when none came.
 *
 * <p>The request holds its (virtual) thread for the whole poll. Jetty's connection idle timeout (30
 * seconds) does not cut it short: Jetty 12 applies it to a connection waiting for I/O, not to a
 * request whose handler is still running. Clients must allow for the wait themselves, as AWS tells
 * them to (a socket timeout above 60 seconds); one that gives up earlier leaves its poll running
 * here until the wait ends, and a task that arrives meanwhile goes to it, as on AWS.
 */
public final class GetActivityTaskAction
    implements Action<GetActivityTaskInput, GetActivityTaskOutput> {
  private final ServerContext context;

  public GetActivityTaskAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<GetActivityTaskInput> inputType() {
    return GetActivityTaskInput.class;
  }

  @Override
  public GetActivityTaskOutput handle(GetActivityTaskInput input) throws InterruptedException {
    String arn = context.activities().describe(input.activityArn()).activityArn();
    Optional<ActivityTask> task =
        context
            .runtime()
            .getActivityTask(arn, input.workerName(), context.config().activityTaskWait());
    return task.map(t -> new GetActivityTaskOutput(t.taskToken(), Json.write(t.input())))
        .orElseGet(() -> new GetActivityTaskOutput(null, null));
  }
}
