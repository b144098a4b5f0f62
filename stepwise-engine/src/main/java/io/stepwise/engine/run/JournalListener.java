package io.stepwise.engine.run;

import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.ExecutionInfo;

/** Hears what an execution is and each event applied to it: enough to replay it. */
public interface JournalListener {

  JournalListener NONE =
      new JournalListener() {
        @Override
        public void started(ExecutionInfo info, long seed) {}

        @Override
        public void applied(Event event) {}
      };

  /** The execution is about to start. */
  void started(ExecutionInfo info, long seed);

  /** An event is about to be applied. */
  void applied(Event event);
}
