package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineArn;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.DeleteStateMachineInput;
import io.stepwise.server.model.EmptyOutput;
import java.time.Duration;
import java.util.List;

/**
 * {@code DeleteStateMachine}: at once when none of its executions runs; otherwise it is DELETING
 * until the last one ends, which a virtual thread waits for.
 */
public final class DeleteStateMachineAction
    implements Action<DeleteStateMachineInput, EmptyOutput> {
  /** How long the wait for running executions lasts: as long as a Standard execution may run. */
  private static final Duration LONGEST_EXECUTION = Duration.ofDays(366);

  private final ServerContext context;

  public DeleteStateMachineAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<DeleteStateMachineInput> inputType() {
    return DeleteStateMachineInput.class;
  }

  @Override
  public EmptyOutput handle(DeleteStateMachineInput input) {
    String arn = input.stateMachineArn();
    StateMachineArn.parse(arn);
    List<ExecutionRecord> running =
        context.standardStore().executions(arn, ExecutionStatus.RUNNING, null, 1000).items();
    context.registry().deleteStateMachine(arn, !running.isEmpty());
    context.tags().forget(arn);
    if (!running.isEmpty()) {
      // As on AWS, its running executions are terminated at their next state transition.
      context.runtime().stateMachineDeleted(arn);
      Thread.ofVirtual().name("stepwise-delete").start(() -> finishWhenEnded(arn, running));
    }
    return new EmptyOutput();
  }

  private void finishWhenEnded(String arn, List<ExecutionRecord> running) {
    try {
      for (ExecutionRecord execution : running) {
        context.runtime().awaitEnd(execution.executionArn(), LONGEST_EXECUTION);
      }
      context.registry().executionsEnded(arn);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
      // The server is closing or the execution is gone: the state machine stays DELETING.
    }
  }
}
