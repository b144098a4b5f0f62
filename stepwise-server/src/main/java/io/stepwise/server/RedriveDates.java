package io.stepwise.server;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.Page;
import java.time.Instant;

/**
 * When an execution was last redriven: the time of its last {@code ExecutionRedriven} event, which
 * the history keeps. Looked for only in executions that have been redriven.
 */
public final class RedriveDates {
  private RedriveDates() {}

  /** The last redrive's time, or {@code null} if the execution has never been redriven. */
  public static Instant of(ExecutionStore store, ExecutionRecord execution) {
    if (execution.redriveCount() == 0) {
      return null;
    }
    String token = null;
    do {
      Page<HistoryEvent> page = store.history(execution.executionArn(), true, token, 1000);
      for (HistoryEvent event : page.items()) {
        if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
          return event.timestamp();
        }
      }
      token = page.nextToken();
    } while (token != null);
    return null;
  }
}
