package io.stepwise.server.actions;

import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ExecutionInputs;
import io.stepwise.server.ExecutionStarts;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.StartExecutionInput;
import io.stepwise.server.model.StartExecutionOutput;

/**
 * {@code StartExecution} of a state machine, a version, or an alias (which picks a version by its
 * routing weights). A repeat with a running execution's name and input returns that execution.
 */
public final class StartExecutionAction
    implements Action<StartExecutionInput, StartExecutionOutput> {
  private final ServerContext context;

  public StartExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<StartExecutionInput> inputType() {
    return StartExecutionInput.class;
  }

  @Override
  public StartExecutionOutput handle(StartExecutionInput input) throws Exception {
    ExecutionRecord execution =
        ExecutionStarts.start(
            context,
            input.stateMachineArn(),
            input.name(),
            ExecutionInputs.parse(input.input()),
            ExecutionInputs.traceHeader(input.traceHeader()));
    return new StartExecutionOutput(execution.executionArn(), execution.startDate());
  }
}
