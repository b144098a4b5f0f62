package io.stepwise.server.actions;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.StopExecutionInput;
import io.stepwise.server.model.StopExecutionOutput;
import io.stepwise.server.protocol.ApiException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * {@code StopExecution}: the execution ends ABORTED with the error and cause given. The answer
 * waits briefly for the stop to be committed, so that its date is the execution's stop date.
 */
public final class StopExecutionAction implements Action<StopExecutionInput, StopExecutionOutput> {
  private static final Duration COMMIT_WAIT = Duration.ofSeconds(5);

  private final ServerContext context;

  public StopExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<StopExecutionInput> inputType() {
    return StopExecutionInput.class;
  }

  @Override
  public StopExecutionOutput handle(StopExecutionInput input) throws InterruptedException {
    ExecutionRecord execution = context.execution(input.executionArn());
    if (execution.status() != ExecutionStatus.RUNNING) {
      return new StopExecutionOutput(execution.stopDate());
    }
    String arn = execution.executionArn();
    if (!context.runtime().stop(arn, input.error(), input.cause())) {
      throw ApiException.executionDoesNotExist(arn);
    }
    try {
      ExecutionRecord ended = context.runtime().awaitEnd(arn, COMMIT_WAIT);
      return new StopExecutionOutput(ended.stopDate());
    } catch (TimeoutException e) {
      return new StopExecutionOutput(context.clock().instant());
    }
  }
}
