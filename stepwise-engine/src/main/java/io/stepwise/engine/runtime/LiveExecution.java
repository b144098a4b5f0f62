package io.stepwise.engine.runtime;

import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.store.ExecutionRecord;
import java.util.ArrayDeque;

/**
 * An execution held in memory: its snapshot, the events waiting to be applied, and whether a
 * (virtual) thread is applying them. One writer at a time: the thread that drains the mailbox.
 */
final class LiveExecution {
  final String arn;
  final Execution execution;
  final ExecutionRecord record;

  /** The journal position of the last committed step. */
  long sequence;

  final ArrayDeque<Event> mailbox = new ArrayDeque<>();
  boolean draining;

  /** Dropped from memory: events must go to a freshly loaded instance instead. */
  boolean evicted;

  LiveExecution(ExecutionRecord record, Execution execution, long sequence) {
    this.arn = record.executionArn();
    this.record = record;
    this.execution = execution;
    this.sequence = sequence;
  }
}
