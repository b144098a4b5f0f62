package io.stepwise.engine.runtime;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.interpreter.Command;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.Step;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.TimerRecord;
import java.util.ArrayList;
import java.util.List;

/** What the store keeps of an applied step: its event, history, timer changes and any end. */
final class StepRecords {
  private StepRecords() {}

  static StepRecord of(LiveExecution live, long sequence, Event event, Step step) {
    List<TimerRecord> started = new ArrayList<>();
    List<Long> cancelled = new ArrayList<>();
    for (Command command : step.commands()) {
      if (command instanceof Command.StartTimer start) {
        started.add(new TimerRecord(live.arn, start.timerId(), start.due()));
      } else if (command instanceof Command.CancelTimer cancel) {
        cancelled.add(cancel.timerId());
      }
    }
    if (event instanceof Event.TimerFired fired) {
      cancelled.add(fired.timerId());
    }
    Execution execution = live.execution;
    ExecutionEnd end =
        execution.isFinished()
            ? new ExecutionEnd(
                execution.status(),
                event.time(),
                execution.output() == null ? null : Json.write(execution.output()),
                execution.error(),
                execution.cause())
            : null;
    return new StepRecord(live.arn, sequence, event, step.events(), started, cancelled, end);
  }
}
