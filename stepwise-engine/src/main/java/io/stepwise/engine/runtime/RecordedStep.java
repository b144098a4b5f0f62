package io.stepwise.engine.runtime;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionRecord;
import java.util.List;

/**
 * A durable step of an execution, as an {@link ExecutionListener} hears it.
 *
 * @param execution the execution as it was started (its ARN, state machine, type, start date)
 * @param sequence the step's place in the execution's journal: 1 for the start
 * @param events the history events the step recorded, in order; none for an Express execution
 *     started without {@link StartRequest#recordsHistory()}
 * @param end how the execution ended, if this step ended it; else {@code null}
 */
public record RecordedStep(
    ExecutionRecord execution, long sequence, List<HistoryEvent> events, ExecutionEnd end) {
  public RecordedStep {
    events = List.copyOf(events);
  }

  /** Whether this step started the execution. */
  public boolean started() {
    return sequence == 1;
  }

  /** Whether this step ended the execution. */
  public boolean ended() {
    return end != null;
  }

  /** The ARN of the execution. */
  public String executionArn() {
    return execution.executionArn();
  }

  /** Standard or Express. */
  public StateMachineType type() {
    return execution.type();
  }
}
