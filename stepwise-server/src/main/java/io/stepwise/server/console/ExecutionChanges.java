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
  private final Map<String, Object> monitors = new ConcurrentHashMap<>();

  @Override
  public void recorded(RecordedStep step) {
    Object monitor = monitors.get(step.executionArn());
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
    Object monitor = monitors.computeIfAbsent(executionArn, arn -> new Object());
    synchronized (monitor) {
      TimeUnit.MILLISECONDS.timedWait(monitor, atMost.toMillis());
    }
  }
}
