package io.stepwise.observability.logs;

import io.stepwise.engine.machines.LoggingConfiguration;
import io.stepwise.engine.store.ExecutionRecord;

/**
 * Which logging configuration an execution logs by: its state machine's (or version's), as the
 * server knows it. Asked for every step of every execution, so it should answer from memory.
 */
public interface LoggingResolver {

  /** No execution logs. */
  LoggingResolver OFF = execution -> LoggingConfiguration.OFF;

  /** The configuration a step of this execution is logged by. */
  LoggingConfiguration of(ExecutionRecord execution);

  /** The execution ended: what was kept for it may go. */
  default void ended(ExecutionRecord execution) {}
}
