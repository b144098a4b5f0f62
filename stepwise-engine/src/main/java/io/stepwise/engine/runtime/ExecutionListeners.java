package io.stepwise.engine.runtime;

import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.StepRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of a runtime, told of each durable step; one that throws does not stop others. */
final class ExecutionListeners {
  private static final System.Logger LOG = System.getLogger(ExecutionListeners.class.getName());

  private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();

  void add(ExecutionListener listener) {
    listeners.add(listener);
  }

  void remove(ExecutionListener listener) {
    listeners.remove(listener);
  }

  void recorded(ExecutionRecord execution, StepRecord step) {
    if (listeners.isEmpty()) {
      return;
    }
    RecordedStep recorded = new RecordedStep(execution, step.sequence(), step.events(), step.end());
    for (ExecutionListener listener : listeners) {
      try {
        listener.recorded(recorded);
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING, "An execution listener failed; the execution goes on", e);
      }
    }
  }
}
