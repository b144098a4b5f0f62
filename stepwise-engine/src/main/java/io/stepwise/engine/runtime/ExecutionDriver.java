package io.stepwise.engine.runtime;

import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.engine.interpreter.Command;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.ExecutionInfo;
import io.stepwise.engine.interpreter.Interpreter;
import io.stepwise.engine.interpreter.Limits;
import io.stepwise.engine.interpreter.Replay;
import io.stepwise.engine.interpreter.Step;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.TimerRecord;
import io.stepwise.engine.task.TaskInterceptor;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runtime's engine room: events go to an execution's mailbox; one virtual thread drains it,
 * applies each event through the {@link Interpreter}, waits for the step to be durable, then
 * carries out its commands (tasks on virtual threads, timers through the store). Executions are
 * loaded by replaying their journal when an event comes for one not in memory, and leave memory
 * when they wait only on timers or end.
 */
final class ExecutionDriver implements AutoCloseable {

  final Clock clock;
  final Limits limits;
  final Lane standard;
  final Lane express;
  final DefinitionCache definitions = new DefinitionCache();
  final CallbackTokens tokens = new CallbackTokens();
  final MapRunIndex mapRuns = new MapRunIndex();
  final ActivityQueues activities = new ActivityQueues();
  final EndWaiters waiters = new EndWaiters();
  final AtomicLong reinvokedTasks = new AtomicLong();
  final ExecutionListeners listeners = new ExecutionListeners();

  /**
   * Express executions that record history (for their execution log) and are still running: so that
   * one reloaded from the store, after it left memory to wait on a timer, goes on recording.
   */
  final Set<String> expressHistories = ConcurrentHashMap.newKeySet();

  /** Standard executions running now, held to {@code limits.maxOpenExecutions()}. */
  final AtomicLong openExecutions = new AtomicLong();

  private final TaskResources tasks;
  private final TaskThreads taskThreads = new TaskThreads();
  private final Set<String> deletedStateMachines = ConcurrentHashMap.newKeySet();
  private volatile ExecutionRuntime.AtMostOnce atMostOnce = ExecutionRuntime.AtMostOnce.NONE;
  private volatile TaskInterceptor interceptor = TaskInterceptor.NONE;

  /** Which activity ARNs exist: all of them unless a registry of activities says otherwise. */
  private volatile java.util.function.Predicate<String> activityExists = arn -> true;

  ExecutionDriver(
      ExecutionStore standardStore,
      ExecutionStore expressStore,
      TaskResources tasks,
      Clock clock,
      Limits limits) {
    this.tasks = tasks;
    this.clock = clock;
    this.limits = limits;
    this.standard = new Lane(standardStore, true, clock, this::timerFired);
    this.express = new Lane(expressStore, false, clock, this::timerFired);
  }

  Lane lane(StateMachineType type) {
    return type == StateMachineType.EXPRESS ? express : standard;
  }

  Lane laneOf(String executionArn) {
    return executionArn.contains(":express:") ? express : standard;
  }

  void atMostOnce(ExecutionRuntime.AtMostOnce policy) {
    this.atMostOnce = policy;
  }

  void activityExists(java.util.function.Predicate<String> exists) {
    this.activityExists = exists;
  }

  void taskInterceptor(TaskInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  TaskInterceptor taskInterceptor() {
    return interceptor;
  }

  void stateMachineDeleted(String stateMachineArn) {
    deletedStateMachines.add(stateMachineArn);
  }

  private void timerFired(Lane lane, TimerRecord timer) {
    deliver(lane, timer.executionArn(), new Event.TimerFired(timer.timerId(), clock.instant()));
  }

  /** Hands an event to an execution, loading it if it is not in memory. */
  void deliver(Lane lane, String arn, Event event) {
    while (true) {
      LiveExecution live = lane.live.computeIfAbsent(arn, key -> load(lane, key));
      if (live == null) {
        return; // Not running any more: a late task result or timer, harmless to drop.
      }
      synchronized (live) {
        if (live.evicted) {
          continue;
        }
        live.mailbox.add(event);
        if (!live.draining) {
          live.draining = true;
          Thread.ofVirtual().name("stepwise-" + arn).start(() -> drain(lane, live));
        }
        return;
      }
    }
  }

  /** Applies an execution's events one at a time, until its mailbox is empty. */
  void drain(Lane lane, LiveExecution live) {
    while (true) {
      Event event;
      synchronized (live) {
        event = live.mailbox.poll();
        if (event == null) {
          live.draining = false;
          boolean finished = live.execution.isFinished();
          if (finished || live.execution.waitsOnTimersOnly()) {
            // Ended, or nothing in flight: the store holds all it needs; free the memory.
            live.evicted = true;
            lane.live.remove(live.arn, live);
          }
          if (!finished) {
            return;
          }
        }
      }
      if (event == null) {
        ended(lane, live.arn);
        return;
      }
      apply(lane, live, event);
    }
  }

  private void apply(Lane lane, LiveExecution live, Event event) {
    if (live.execution.isFinished()) {
      return;
    }
    if (event instanceof Event.Recovered recovered) {
      event = new Event.Recovered(recovered.time(), atMostOnceTasks(live));
    }
    if (!(event instanceof Event.StopRequested) && deleted(live.record.stateMachineArn())) {
      event =
          new Event.StopRequested("States.Runtime", "The state machine was deleted.", event.time());
    }
    Step step = Interpreter.apply(live.execution, event);
    long sequence = live.sequence + 1;
    // The slot is freed before the end is durable: whoever reads the end from the store may start
    // another execution at once, and must find room. (Given back if the step cannot be committed.)
    boolean freesSlot = lane == standard && live.execution.isFinished();
    if (freesSlot) {
      openExecutions.decrementAndGet();
    }
    StepRecord record = StepRecords.of(live, sequence, event, step);
    try {
      lane.committer.submit(stored(lane, record)).join();
    } catch (RuntimeException e) {
      if (freesSlot) {
        openExecutions.incrementAndGet();
      }
      // The step is not durable: this copy of the execution can no longer be trusted. Drop it;
      // the next event reloads the execution from what the store has.
      synchronized (live) {
        live.evicted = true;
        lane.live.remove(live.arn, live);
      }
      return;
    }
    live.sequence = sequence;
    listeners.recorded(live.record, record);
    afterCommit(lane, live, event, step);
  }

  /**
   * What the store keeps of a step: all of it, except the history events of an Express execution,
   * which only its listeners (its execution log) receive, since the Express store is in memory and
   * AWS keeps no history of Express executions either.
   */
  StepRecord stored(Lane lane, StepRecord record) {
    return lane.recordsHistory || record.events().isEmpty() ? record : record.withoutEvents();
  }

  /** Carries out a durable step's commands. */
  void afterCommit(Lane lane, LiveExecution live, Event event, Step step) {
    tokens.track(live);
    mapRuns.track(live);
    if (event instanceof Event.TimerFired fired) {
      lane.timers.settled(live.arn, fired.timerId());
    }
    if (event instanceof Event.Recovered) {
      reinvokedTasks.addAndGet(
          step.commands().stream().filter(Command.InvokeTask.class::isInstance).count());
    }
    boolean timersChanged = false;
    for (Command command : step.commands()) {
      switch (command) {
        case Command.InvokeTask invoke -> invoke(lane, live.arn, invoke);
        case Command.StartTimer start -> timersChanged = true;
        case Command.CancelTimer cancel -> {
          // Already removed from the store with the step.
        }
        case Command.Continue resume ->
            deliver(lane, live.arn, new Event.Continue(clock.instant()));
      }
    }
    if (timersChanged) {
      lane.timers.wake();
    }
  }

  private void invoke(Lane lane, String arn, Command.InvokeTask invoke) {
    if (invoke.invocation().resource().contains(":activity:")) {
      // An activity task is queued for a worker, not called: the interceptor is asked first.
      Optional<TaskOutcome> answered = interceptor.answer(invoke.invocation());
      if (answered.isEmpty() && !activityExists.test(invoke.invocation().resource())) {
        deliver(lane, arn, new Event.ActivityMissing(invoke.taskId(), clock.instant()));
        return;
      }
      // Delivered before the task is offered, so that it is recorded before a worker takes it.
      deliver(lane, arn, new Event.ActivityScheduled(invoke.taskId(), clock.instant()));
      if (answered.isPresent()) {
        deliver(
            lane, arn, new Event.TaskCompleted(invoke.taskId(), answered.get(), clock.instant()));
        return;
      }
      activities.offer(
          invoke.invocation().resource(),
          new ActivityQueues.Pending(
              arn,
              invoke.taskId(),
              invoke.invocation().taskToken(),
              invoke.invocation().parameters()));
      return;
    }
    Set<Thread> running = taskThreads.of(arn);
    Thread.ofVirtual()
        .name("stepwise-task-" + invoke.taskId())
        .start(() -> {
          running.add(Thread.currentThread());
          TaskOutcome outcome;
          try {
            outcome =
                interceptor
                    .answer(invoke.invocation())
                    .orElseGet(() ->
                        tasks.invoke(
                            invoke.invocation(),
                            output ->
                                deliver(
                                    lane,
                                    arn,
                                    new Event.TaskSubmitted(
                                        invoke.taskId(), output, clock.instant()))));
          } catch (RuntimeException e) {
            outcome =
                TaskOutcome.failed(
                    "States.TaskFailed", e.getClass().getSimpleName() + ": " + e.getMessage());
          } finally {
            running.remove(Thread.currentThread());
          }
          deliver(lane, arn, new Event.TaskCompleted(invoke.taskId(), outcome, clock.instant()));
        });
  }

  /** Rebuilds a running execution from its journal, or {@code null} if it is not running. */
  LiveExecution load(Lane lane, String arn) {
    Optional<ExecutionRecord> found = lane.store.execution(arn);
    if (found.isEmpty() || found.get().status() != ExecutionStatus.RUNNING) {
      return null;
    }
    return rebuild(lane, found.get());
  }

  /** Replays an execution's journal, whatever its status, to carry on running it. */
  LiveExecution rebuild(Lane lane, ExecutionRecord record) {
    LiveExecution live = replay(lane, record);
    tokens.track(live);
    mapRuns.track(live);
    return live;
  }

  /** Replays an execution's journal into a private copy: a consistent view, to read only. */
  LiveExecution replay(Lane lane, ExecutionRecord record) {
    return replay(lane, record, false);
  }

  /**
   * As {@link #replay(Lane, ExecutionRecord)}, keeping the histories of its Distributed Map child
   * executions when asked.
   */
  LiveExecution replay(Lane lane, ExecutionRecord record, boolean childHistories) {
    String arn = record.executionArn();
    try {
      StateMachine machine = definitions.parse(record.definition(), record.type());
      ExecutionInfo info =
          new ExecutionInfo(
              arn,
              record.name(),
              record.stateMachineArn(),
              Arns.stateMachineName(record.stateMachineArn()),
              record.roleArn() != null ? record.roleArn() : Arns.role(record.stateMachineArn()),
              machine,
              Json.parse(record.input()),
              record.startDate(),
              record.type() == StateMachineType.EXPRESS,
              false,
              0, // Replaying the journal counts the redrives again.
              limits,
              record.testCase());
      List<Event> journal = lane.store.journal(arn);
      boolean history = lane.recordsHistory || expressHistories.contains(arn);
      Execution execution =
          childHistories
              ? Replay.rebuildWithChildHistories(info, record.seed(), history, journal)
              : Replay.rebuild(info, record.seed(), history, journal);
      return new LiveExecution(record, execution, journal.size());
    } catch (InvalidDefinitionException | com.fasterxml.jackson.core.JsonProcessingException e) {
      // What was valid when it started is valid now; this would mean a damaged store.
      throw new IllegalStateException("cannot rebuild execution " + arn, e);
    }
  }

  private void ended(Lane lane, String arn) {
    expressHistories.remove(arn);
    // Tasks still running for an ended (stopped, failed, timed-out) execution are abandoned.
    taskThreads.interrupt(arn);
    if (waiters.any(arn)) {
      ExecutionRecord record = lane.store.execution(arn).orElseThrow();
      // Redriven since it ended: whoever waits now waits for the next end.
      if (record.status() != ExecutionStatus.RUNNING) {
        waiters.complete(arn, record);
      }
    }
  }

  private Set<Long> atMostOnceTasks(LiveExecution live) {
    Set<Long> abandoned = new HashSet<>();
    for (Execution.InFlightTask task : live.execution.inFlightTasks()) {
      if (atMostOnce.test(live.record.stateMachineArn(), task.stateName(), task.resource())) {
        abandoned.add(task.taskId());
      }
    }
    return abandoned;
  }

  private boolean deleted(String stateMachineArn) {
    if (deletedStateMachines.isEmpty()) {
      return false;
    }
    String unqualified =
        Arns.prefix(stateMachineArn) + ":stateMachine:" + Arns.stateMachineName(stateMachineArn);
    return deletedStateMachines.contains(stateMachineArn)
        || deletedStateMachines.contains(unqualified);
  }

  @Override
  public void close() {
    standard.close();
    express.close();
  }
}
