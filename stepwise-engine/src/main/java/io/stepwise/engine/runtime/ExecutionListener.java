package io.stepwise.engine.runtime;

/**
 * Hears each step an execution records, once it is durable: what metrics, execution logs, traces,
 * status-change events and live views are made from. Register with {@link
 * ExecutionRuntime#addListener}.
 *
 * <p>Called on the execution's own thread, in the order of its steps, after the step is committed
 * and before its tasks and timers start: a listener sees an execution's steps one after another,
 * never two at once, and never a step that could still be lost. It should return quickly (hand slow
 * work to another thread); what it throws is dropped, since a listener must never stop an
 * execution.
 *
 * <p>A step is durable before it is heard, so a reader of the store (DescribeExecution, {@link
 * ExecutionRuntime#awaitEnd}) may see a step a moment before listeners hear it.
 */
@FunctionalInterface
public interface ExecutionListener {
  void recorded(RecordedStep step);
}
