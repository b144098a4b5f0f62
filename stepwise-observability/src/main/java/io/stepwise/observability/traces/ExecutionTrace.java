package io.stepwise.observability.traces;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a traced execution (its start, or a redrive), turned into spans as its history events
 * arrive: the execution's span, a span per state and one per task attempt. A span is made once it
 * has ended, with the times of its events; ids are worked out from the execution ARN, the redrive
 * count and the event that opened the span, so a child names a parent made later.
 *
 * <p>Which state an event belongs to is found by following {@code previousEventId}: a state entered
 * after {@code ParallelStateStarted} or {@code MapIterationStarted} is a child of that Parallel or
 * Map state; one entered after any other event follows the state that event belonged to (ending it,
 * when a Catch left it without its exited event). Events whose state is not known (opened before a
 * restart) belong to the execution.
 */
final class ExecutionTrace {
  /** A state that has been entered, and maybe left. */
  private static final class State {
    final long enteredId;
    final String name;
    final String type;
    final State parent;
    final Instant start;
    final List<State> openChildren = new ArrayList<>();
    boolean open = true;
    int attempts;
    String error;
    String cause;

    State(long enteredId, String name, String type, State parent, Instant start) {
      this.enteredId = enteredId;
      this.name = name;
      this.type = type;
      this.parent = parent;
      this.start = start;
    }
  }

  /** A task attempt, from its scheduling event to its end. */
  private record Attempt(
      long scheduledId, State state, String resource, int number, Instant start) {}

  private final String executionArn;
  private final ExecutionRecord record;
  private final SpanEmitter emitter;
  final String traceId;
  final TraceFlags flags;
  final String executionSpanId;
  private final SpanContext remoteParent;
  private Instant start;

  private final Map<Long, State> stateOf = new HashMap<>();
  private final Map<Long, Attempt> attemptOf = new HashMap<>();
  private final Set<Long> childOpeners = new HashSet<>();
  private final List<State> openTopLevel = new ArrayList<>();

  ExecutionTrace(ExecutionRecord record, SpanEmitter emitter) {
    this.executionArn = record.executionArn();
    this.record = record;
    this.emitter = emitter;
    this.remoteParent = TraceHeader.parse(record.traceHeader()).orElse(null);
    this.traceId = remoteParent == null ? SpanIds.traceId(executionArn) : remoteParent.getTraceId();
    this.flags = remoteParent == null ? TraceFlags.getSampled() : remoteParent.getTraceFlags();
    this.executionSpanId = SpanIds.executionSpanId(executionArn, record.redriveCount());
    this.start = record.startDate();
  }

  /** Whether the trace header asked for this execution to be left out of the trace. */
  boolean sampled() {
    return flags.isSampled();
  }

  /** The context of the task attempt that this scheduling event opened. */
  SpanContext attemptContext(long scheduledEventId) {
    return SpanContext.create(
        traceId,
        SpanIds.spanId(executionArn, record.redriveCount(), scheduledEventId),
        flags,
        TraceState.getDefault());
  }

  void heard(HistoryEvent event) {
    String name = event.type().awsName();
    State previous = stateOf.get(event.previousEventId());
    switch (event.type()) {
      case EXECUTION_STARTED, EXECUTION_REDRIVEN -> start = event.timestamp();
      case TASK_SCHEDULED, LAMBDA_FUNCTION_SCHEDULED, ACTIVITY_SCHEDULED -> scheduled(event);
      case TASK_STARTED, LAMBDA_FUNCTION_STARTED, ACTIVITY_STARTED, TASK_SUBMITTED -> {
        Attempt attempt = attemptOf.get(event.previousEventId());
        if (attempt != null) {
          attemptOf.put(event.id(), attempt);
        }
        belongs(event, attempt == null ? previous : attempt.state());
      }
      case TASK_SUCCEEDED, LAMBDA_FUNCTION_SUCCEEDED, ACTIVITY_SUCCEEDED -> attemptEnded(event);
      case TASK_FAILED,
          TASK_START_FAILED,
          TASK_SUBMIT_FAILED,
          TASK_TIMED_OUT,
          LAMBDA_FUNCTION_FAILED,
          LAMBDA_FUNCTION_START_FAILED,
          LAMBDA_FUNCTION_SCHEDULE_FAILED,
          LAMBDA_FUNCTION_TIMED_OUT,
          ACTIVITY_FAILED,
          ACTIVITY_SCHEDULE_FAILED,
          ACTIVITY_TIMED_OUT ->
          attemptEnded(event);
      default -> {
        if (name.endsWith("StateEntered")) {
          entered(event, name.substring(0, name.length() - "StateEntered".length()));
        } else if (name.endsWith("StateExited")) {
          exited(event, name.substring(0, name.length() - "StateExited".length()));
        } else if (name.startsWith("Map") || name.startsWith("Parallel")) {
          containerEvent(event, name.startsWith("Map") ? "Map" : "Parallel");
        } else if (name.endsWith("StateAborted")) {
          State state = enclosing(previous, name.substring(0, name.indexOf("State")), null);
          belongs(event, state);
          if (state != null) {
            failed(state, "States.Aborted", null);
            close(state, event.timestamp());
          }
        } else {
          // EvaluationFailed and the like: the state the event follows failed.
          belongs(event, previous);
          if (previous != null && event.details() != null && event.details().has("error")) {
            failed(previous, text(event.details(), "error"), text(event.details(), "cause"));
          }
        }
      }
    }
  }

  private void entered(HistoryEvent event, String type) {
    State previous = stateOf.get(event.previousEventId());
    State parent;
    if (childOpeners.contains(event.previousEventId())) {
      parent = previous;
    } else if (previous != null) {
      // The state before this one in its thread: a Catch may have left it without an exit event.
      if (previous.open) {
        close(previous, event.timestamp());
      }
      parent = previous.parent;
    } else {
      parent = null;
    }
    State state =
        new State(event.id(), text(event.details(), "name"), type, parent, event.timestamp());
    (parent == null ? openTopLevel : parent.openChildren).add(state);
    stateOf.put(event.id(), state);
  }

  private void exited(HistoryEvent event, String type) {
    State state =
        enclosing(stateOf.get(event.previousEventId()), type, text(event.details(), "name"));
    if (state != null) {
      // A state that leaves through a Catch keeps its error: the error is what the state met.
      close(state, event.timestamp());
    }
    belongs(event, state);
  }

  private void containerEvent(HistoryEvent event, String type) {
    String name = event.details() == null ? null : text(event.details(), "name");
    State state = enclosing(stateOf.get(event.previousEventId()), type, name);
    belongs(event, state);
    switch (event.type()) {
      case MAP_ITERATION_STARTED, PARALLEL_STATE_STARTED -> childOpeners.add(event.id());
      case MAP_STATE_FAILED, PARALLEL_STATE_FAILED -> {
        if (state != null) {
          failed(state, text(event.details(), "error"), text(event.details(), "cause"));
        }
      }
      default -> {}
    }
  }

  private void scheduled(HistoryEvent event) {
    State state = enclosing(stateOf.get(event.previousEventId()), "Task", null);
    belongs(event, state);
    if (state == null) {
      return; // Its state was entered before a restart: the attempt has no parent to name.
    }
    state.attempts++;
    attemptOf.put(
        event.id(),
        new Attempt(
            event.id(),
            state,
            resource(event.type(), event.details()),
            state.attempts,
            event.timestamp()));
  }

  private void attemptEnded(HistoryEvent event) {
    Attempt attempt = attemptOf.get(event.previousEventId());
    State state =
        attempt != null
            ? attempt.state()
            : enclosing(stateOf.get(event.previousEventId()), "Task", null);
    belongs(event, state);
    String error = event.details() == null ? null : text(event.details(), "error");
    String cause = event.details() == null ? null : text(event.details(), "cause");
    boolean failed = !event.type().awsName().endsWith("Succeeded");
    if (state != null) {
      if (failed) {
        failed(state, error == null ? "States.TaskFailed" : error, cause);
      } else {
        failed(state, null, null); // A retry succeeded: what the earlier attempts met is theirs.
      }
    }
    if (attempt == null) {
      return;
    }
    emitter.emit(
        new SpanEmitter.Finished(
            traceId,
            SpanIds.spanId(executionArn, record.redriveCount(), attempt.scheduledId()),
            parentContext(attempt.state()),
            attempt.resource(),
            SpanKind.CLIENT,
            attempt.start(),
            event.timestamp(),
            Attributes.builder()
                .put(TraceAttributes.STATE_NAME, attempt.state().name)
                .put(TraceAttributes.TASK_RESOURCE, attempt.resource())
                .put(TraceAttributes.TASK_ATTEMPT, (long) attempt.number())
                .build(),
            failed ? (error == null ? "States.TaskFailed" : error) : null,
            failed ? cause : null));
  }

  /** The execution ended: what is still open ends with it, then the execution's own span. */
  void ended(ExecutionEnd end) {
    boolean failed = end.status() != ExecutionStatus.SUCCEEDED;
    for (State state : List.copyOf(openTopLevel)) {
      closeAtEnd(state, end, failed);
    }
    Attributes attributes =
        Attributes.builder()
            .put(TraceAttributes.EXECUTION_ARN, executionArn)
            .put(TraceAttributes.EXECUTION_NAME, record.name())
            .put(TraceAttributes.STATE_MACHINE_ARN, record.stateMachineArn())
            .put(TraceAttributes.EXECUTION_STATUS, end.status().name())
            .put(TraceAttributes.REDRIVE_COUNT, (long) record.redriveCount())
            .build();
    emitter.emit(
        new SpanEmitter.Finished(
            traceId,
            executionSpanId,
            remoteParent,
            stateMachineName(record.stateMachineArn()),
            SpanKind.INTERNAL,
            start,
            end.stopDate(),
            attributes,
            failed ? errorOf(end) : null,
            failed ? end.cause() : null));
  }

  private void closeAtEnd(State state, ExecutionEnd end, boolean failed) {
    for (State child : List.copyOf(state.openChildren)) {
      closeAtEnd(child, end, failed);
    }
    if (failed && state.error == null && state.openChildren.isEmpty()) {
      failed(state, errorOf(end), end.cause());
    }
    close(state, end.stopDate());
  }

  private static String errorOf(ExecutionEnd end) {
    if (end.error() != null) {
      return end.error();
    }
    return switch (end.status()) {
      case ABORTED -> "States.Aborted";
      case TIMED_OUT -> "States.Timeout";
      default -> "States.Runtime";
    };
  }

  private void failed(State state, String error, String cause) {
    state.error = error;
    state.cause = cause;
  }

  /** Ends a state's span, and first those of the states still open inside it. */
  private void close(State state, Instant end) {
    if (!state.open) {
      return;
    }
    for (State child : List.copyOf(state.openChildren)) {
      close(child, end);
    }
    state.open = false;
    (state.parent == null ? openTopLevel : state.parent.openChildren).remove(state);
    emitter.emit(
        new SpanEmitter.Finished(
            traceId,
            SpanIds.spanId(executionArn, record.redriveCount(), state.enteredId),
            parentContext(state.parent),
            state.name,
            SpanKind.INTERNAL,
            state.start,
            end,
            Attributes.builder()
                .put(TraceAttributes.STATE_NAME, state.name)
                .put(TraceAttributes.STATE_TYPE, state.type)
                .build(),
            state.error,
            state.cause));
  }

  private SpanContext parentContext(State parent) {
    String spanId =
        parent == null
            ? executionSpanId
            : SpanIds.spanId(executionArn, record.redriveCount(), parent.enteredId);
    return SpanContext.create(traceId, spanId, flags, TraceState.getDefault());
  }

  /** The state itself or the nearest one around it of this type (and name, where given). */
  private static State enclosing(State from, String type, String name) {
    for (State s = from; s != null; s = s.parent) {
      if (s.type.equals(type) && (name == null || name.equals(s.name))) {
        return s;
      }
    }
    return null;
  }

  private void belongs(HistoryEvent event, State state) {
    if (state != null) {
      stateOf.put(event.id(), state);
    }
  }

  /** A task's resource as the state names it; for a service integration, its ARN. */
  private static String resource(HistoryEventType type, ObjectNode details) {
    if (type == HistoryEventType.TASK_SCHEDULED) {
      return "arn:aws:states:::" + text(details, "resourceType") + ":" + text(details, "resource");
    }
    return text(details, "resource");
  }

  private static String stateMachineName(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":");
    // arn:aws:states:region:account:stateMachine:name[:version or alias]
    return parts.length > 6 ? parts[6] : stateMachineArn;
  }

  private static String text(ObjectNode details, String field) {
    return details == null || !details.hasNonNull(field) ? null : details.get(field).asText();
  }
}
