package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import io.stepwise.server.model.RedriveExecutionInput;
import io.stepwise.server.model.RedriveExecutionOutput;
import io.stepwise.server.protocol.ApiException;
import java.time.Instant;

/**
 * {@code RedriveExecution}: a failed, timed-out or aborted Standard execution runs again from what
 * did not finish.
 */
public final class RedriveExecutionAction
    implements Action<RedriveExecutionInput, RedriveExecutionOutput> {
  private final ServerContext context;

  public RedriveExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<RedriveExecutionInput> inputType() {
    return RedriveExecutionInput.class;
  }

  @Override
  public RedriveExecutionOutput handle(RedriveExecutionInput input) throws Exception {
    String arn = context.execution(input.executionArn()).executionArn();
    Instant now = context.clock().instant();
    context.runtime().redrive(arn).orElseThrow(() -> ApiException.executionDoesNotExist(arn));
    return new RedriveExecutionOutput(now);
  }
}
