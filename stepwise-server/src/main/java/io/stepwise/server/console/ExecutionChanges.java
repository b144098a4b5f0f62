package io.stepwise.server.console;

import io.stepwise.engine.runtime.ExecutionListener;
import io.stepwise.engine.runtime.RecordedStep;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the pages that follow an execution live as soon as it records a step: one listener on the
 * runtime for the whole console, which only signals (it runs on the execution's thread and must
 * return at once); the followers then read the execution through the API as any page does.
 */
final class ExecutionChanges implements ExecutionListener {
  /** The followers of one execution; dropped when the last one stops waiting. */
  private static final class Monitor {
    int waiting;
  }

  private final Map<String, Monitor> monitors = new ConcurrentHashMap<>();

  @Override
  public void recorded(RecordedStep step) {
    Monitor monitor = monitors.get(step.executionArn());
    if (monitor != null) {
      synchronized (monitor) {
        monitor.notifyAll();
      }
    }
  }

  /**
   * Waits until the execution records a step, or {@code atMost} has passed (a follower looks anyway
   * then: a map run's child execution is recorded under its parent's ARN).
   */
  void await(String executionArn, Duration atMost) throws InterruptedException {
    Monitor monitor =
        monitors.compute(
            executionArn,
            (arn, current) -> {
              Monitor joined = current == null ? new Monitor() : current;
              joined.waiting++;
              return joined;
            });
    try {
      synchronized (monitor) {
        TimeUnit.MILLISECONDS.timedWait(monitor, atMost.toMillis());
      }
    } finally {
      monitors.computeIfPresent(
          executionArn, (arn, current) -> --current.waiting == 0 ? null : current);
    }
  }

  /** How many executions are followed now: none once every page has gone. */
  int followed() {
    return monitors.size();
  }
}
