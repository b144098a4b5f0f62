package io.stepwise.engine.runtime;

import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Interpreter;
import io.stepwise.engine.interpreter.Step;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.StepRecord;
import java.time.Duration;
import java.util.Optional;

/** RedriveExecution: AWS's conditions, then the execution running again from its journal. */
final class Redrives {
  /** AWS's window for redriving an ended execution. */
  private static final Duration WINDOW = Duration.ofDays(14);

  /** How long a redrive waits for the last run's end to be heard and leave memory. */
  private static final Duration LAST_RUN_WAIT = Duration.ofSeconds(10);

  /** AWS's cap on redrives of one execution. */
  private static final int MAX_REDRIVES = 1_000;

  private final ExecutionDriver driver;

  Redrives(ExecutionDriver driver) {
    this.driver = driver;
  }

  Optional<ExecutionRecord> redrive(String executionArn)
      throws ExecutionNotRedrivableException, ExecutionLimitExceededException {
    Lane lane = driver.laneOf(executionArn);
    Optional<ExecutionRecord> found = lane.store.execution(executionArn);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ExecutionRecord record = found.get();
    String reason = whyNot(record);
    if (reason != null) {
      throw new ExecutionNotRedrivableException(executionArn, reason);
    }
    if (driver.openExecutions.incrementAndGet() > driver.limits.maxOpenExecutions()) {
      driver.openExecutions.decrementAndGet();
      throw new ExecutionLimitExceededException(driver.limits.maxOpenExecutions());
    }
    awaitLastRunHeard(lane, executionArn);
    // Rebuilt with the record as it runs again, so that listeners see its new redrive count.
    LiveExecution live = driver.rebuild(lane, record.redriven());
    Event redriven = new Event.Redriven(driver.clock.instant());
    synchronized (live) {
      live.draining = true;
      Step step = Interpreter.apply(live.execution, redriven);
      long sequence = live.sequence + 1;
      StepRecord stepRecord = StepRecords.of(live, sequence, redriven, step);
      try {
        lane.store.redrive(stepRecord);
      } catch (RuntimeException e) {
        driver.openExecutions.decrementAndGet();
        throw e;
      }
      live.sequence = sequence;
      lane.live.put(executionArn, live);
      if (live.execution.isFinished()) {
        driver.openExecutions.decrementAndGet(); // Ended in its first step again.
      }
      driver.listeners.recorded(live.record, stepRecord);
      driver.afterCommit(lane, live, redriven, step);
    }
    Thread.ofVirtual().name("stepwise-redrive").start(() -> driver.drain(lane, live));
    return lane.store.execution(executionArn);
  }

  /**
   * The end of the last run is durable (so it can be redriven) a moment before listeners hear it
   * and its copy leaves memory: wait for that, so that listeners hear the end before the redrive,
   * one step at a time as promised.
   */
  private static void awaitLastRunHeard(Lane lane, String executionArn)
      throws ExecutionNotRedrivableException {
    long deadline = System.nanoTime() + LAST_RUN_WAIT.toNanos();
    while (lane.live.containsKey(executionArn)) {
      if (System.nanoTime() > deadline) {
        throw new ExecutionNotRedrivableException(executionArn, "its last run is still ending");
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExecutionNotRedrivableException(executionArn, "the redrive was interrupted");
      }
    }
  }

  private String whyNot(ExecutionRecord record) {
    if (record.type() == StateMachineType.EXPRESS) {
      return "Express executions cannot be redriven";
    }
    if (record.status() == ExecutionStatus.RUNNING) {
      return "it is running";
    }
    if (record.status() == ExecutionStatus.SUCCEEDED) {
      return "it succeeded";
    }
    if (record.stopDate().plus(WINDOW).isBefore(driver.clock.instant())) {
      return "it ended more than 14 days ago";
    }
    if (record.redriveCount() >= MAX_REDRIVES) {
      return "it has been redriven " + MAX_REDRIVES + " times";
    }
    return null;
  }
}
