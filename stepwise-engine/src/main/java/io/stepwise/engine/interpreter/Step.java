package io.stepwise.engine.interpreter;

import io.stepwise.engine.history.HistoryEvent;
import java.util.List;

/**
 * The outcome of applying one event: the history events it produced and the commands the runtime
 * must now carry out. The execution's snapshot was changed in place by the single writer.
 */
public record Step(List<HistoryEvent> events, List<Command> commands) {}
