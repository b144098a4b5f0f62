package io.stepwise.engine.runtime;

import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.engine.interpreter.Command;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.ExecutionInfo;
import io.stepwise.engine.interpreter.Interpreter;
import io.stepwise.engine.interpreter.Replay;
import io.stepwise.engine.interpreter.Step;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.ExecutionEnd;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.store.TimerRecord;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs many executions at once on a store. Each execution advances by applying events through the
 * {@link Interpreter}, one at a time (single writer); every step is committed, with other
 * executions' steps (group commit), before its commands are carried out: task invocations on
 * virtual threads, timers kept by the store and fired by one timer thread. An execution waiting
 * only on timers leaves memory; its journal brings it back when a timer fires. After a restart,
 * {@link #recover()} resumes every running execution where it stood.
 *
 * <p>Standard executions live in the durable store. Express executions live in an in-memory store,
 * keep no history, and are not recovered: as on AWS, they are at-most-once when started
 * synchronously and at-least-once when started asynchronously.
 */
public final class ExecutionRuntime implements AutoCloseable {

  private final ExecutionStore standardStore;
  private final ExecutionStore expressStore;
  private final TaskResources tasks;
  private final Clock clock;
  private final Lane standard;
  private final Lane express;
  private final DefinitionCache definitions = new DefinitionCache();
  private final Map<String, List<CompletableFuture<ExecutionRecord>>> waiters =
      new ConcurrentHashMap<>();
  private final AtomicLong reinvokedTasks = new AtomicLong();
  private final SecureRandom seeds = new SecureRandom();
  private final io.stepwise.engine.interpreter.Limits limits;

  /** Standard executions running now, held to {@code limits.maxOpenExecutions()}. */
  private final AtomicLong openExecutions = new AtomicLong();

  /** Threads running task invocations, by execution: interrupted when the execution ends. */
  private final Map<String, java.util.Set<Thread>> taskThreads = new ConcurrentHashMap<>();

  /**
   * @param standardStore where Standard executions live (durable: SQLite, PostgreSQL)
   * @param expressStore where Express executions live (in memory)
   * @param tasks what Task states call
   * @param clock where time comes from
   */
  public ExecutionRuntime(
      ExecutionStore standardStore, ExecutionStore expressStore, TaskResources tasks, Clock clock) {
    this(standardStore, expressStore, tasks, clock, io.stepwise.engine.interpreter.Limits.AWS);
  }

  /** As above, with quotas other than AWS's. */
  public ExecutionRuntime(
      ExecutionStore standardStore,
      ExecutionStore expressStore,
      TaskResources tasks,
      Clock clock,
      io.stepwise.engine.interpreter.Limits limits) {
    this.limits = limits;
    this.standardStore = standardStore;
    this.expressStore = expressStore;
    this.tasks = tasks;
    this.clock = clock;
    this.standard = new Lane(standardStore, true);
    this.express = new Lane(expressStore, false);
    this.openExecutions.set(countRunning(standardStore));
  }

  private static long countRunning(ExecutionStore store) {
    long count = 0;
    String after = null;
    List<String> page;
    while (!(page = store.runningExecutions(after, 1_000)).isEmpty()) {
      count += page.size();
      after = page.get(page.size() - 1);
    }
    return count;
  }

  /**
   * Starts an execution. Starting a Standard execution again with a running execution's name and
   * the same input returns that execution, as AWS does.
   *
   * @throws ExecutionAlreadyExistsException if the name is taken otherwise
   * @throws InvalidDefinitionException if the definition is not valid
   * @throws ExecutionLimitExceededException if as many Standard executions run as allowed
   */
  public ExecutionRecord start(StartRequest request)
      throws ExecutionAlreadyExistsException,
          InvalidDefinitionException,
          ExecutionLimitExceededException {
    StateMachine machine = definitions.parse(request.definition(), request.type());
    Lane lane = lane(request.type());
    Optional<ExecutionRecord> existing =
        lane.store.execution(request.stateMachineArn(), request.executionName());
    if (existing.isPresent()) {
      ExecutionRecord found = existing.get();
      if (found.status() == ExecutionStatus.RUNNING
          && found.input().equals(Json.write(request.input()))) {
        return found;
      }
      throw new ExecutionAlreadyExistsException(found.executionArn());
    }
    boolean counted = request.type() == StateMachineType.STANDARD;
    if (counted && openExecutions.incrementAndGet() > limits.maxOpenExecutions()) {
      openExecutions.decrementAndGet();
      throw new ExecutionLimitExceededException(limits.maxOpenExecutions());
    }
    String arn = Arns.execution(request.stateMachineArn(), request.type(), request.executionName());
    Instant now = clock.instant();
    long seed = seeds.nextLong();
    ExecutionInfo info = info(request.stateMachineArn(), request, machine, arn, now);
    Execution execution = new Execution(info, seed, lane.recordsHistory);
    Event started = new Event.Started(request.input(), now);
    Step step = Interpreter.apply(execution, started);
    ExecutionRecord record =
        new ExecutionRecord(
            arn,
            request.stateMachineArn(),
            request.executionName(),
            request.type(),
            request.definition(),
            Json.write(request.input()),
            seed,
            ExecutionStatus.RUNNING,
            now,
            null,
            null,
            null,
            null,
            0);
    LiveExecution live = new LiveExecution(record, execution, 1);
    synchronized (live) {
      // Registered before anything can deliver to it; drained by this thread first.
      live.draining = true;
      lane.live.put(arn, live);
      StepRecord first = stepRecord(live, 1, started, step);
      try {
        lane.store.create(record, first);
      } catch (ExecutionAlreadyExistsException | RuntimeException e) {
        lane.live.remove(arn, live);
        if (counted) {
          openExecutions.decrementAndGet();
        }
        throw e;
      }
    }
    afterCommit(lane, live, started, step);
    Thread.ofVirtual().name("stepwise-" + request.executionName()).start(() -> drain(lane, live));
    return record;
  }

  /**
   * Runs an Express execution to its end on the calling thread, as {@code StartSyncExecution} does:
   * in memory only, no history, at most once. Tasks still run on virtual threads and waits still
   * wait, in real time.
   *
   * @throws InvalidDefinitionException if the definition is not valid
   */
  public io.stepwise.engine.run.ExecutionResult startSync(StartRequest request)
      throws InvalidDefinitionException {
    StateMachine machine = definitions.parse(request.definition(), StateMachineType.EXPRESS);
    String[] arn = request.stateMachineArn().split(":");
    return io.stepwise.engine.run.LocalExecution.of(machine)
        .type(StateMachineType.EXPRESS)
        .synchronous(true)
        .recordHistory(false)
        .region(arn.length > 3 ? arn[3] : "us-east-1")
        .account(arn.length > 4 ? arn[4] : "123456789012")
        .stateMachineName(Arns.stateMachineName(request.stateMachineArn()))
        .executionName(request.executionName())
        .input(request.input())
        .clock(clock)
        .limits(limits)
        .taskResources(tasks)
        .run();
  }

  /**
   * Asks an execution to stop: it ends ABORTED with this error and cause, its tasks and children
   * abandoned.
   *
   * @return {@code false} if there is no such execution
   */
  public boolean stop(String executionArn, String error, String cause) {
    Lane lane = laneOf(executionArn);
    Optional<ExecutionRecord> record = lane.store.execution(executionArn);
    if (record.isEmpty()) {
      return false;
    }
    if (record.get().status() == ExecutionStatus.RUNNING) {
      deliver(lane, executionArn, new Event.StopRequested(error, cause, clock.instant()));
    }
    return true;
  }

  /** AWS's window for redriving an ended execution. */
  private static final Duration REDRIVE_WINDOW = Duration.ofDays(14);

  /** AWS's cap on redrives of one execution. */
  private static final int MAX_REDRIVES = 1_000;

  /**
   * RedriveExecution: runs a failed, timed-out or aborted Standard execution again from the states
   * that did not finish; what succeeded is kept. It keeps its ARN; its history goes on after an
   * {@code ExecutionRedriven} event.
   *
   * @return the execution, RUNNING again; empty if there is no such execution
   * @throws ExecutionNotRedrivableException if it is Express, running, succeeded, ended more than
   *     14 days ago, or has been redriven 1,000 times
   */
  public Optional<ExecutionRecord> redrive(String executionArn)
      throws ExecutionNotRedrivableException, ExecutionLimitExceededException {
    Lane lane = laneOf(executionArn);
    Optional<ExecutionRecord> found = lane.store.execution(executionArn);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ExecutionRecord record = found.get();
    String reason =
        record.type() == StateMachineType.EXPRESS
            ? "Express executions cannot be redriven"
            : record.status() == ExecutionStatus.RUNNING
                ? "it is running"
                : record.status() == ExecutionStatus.SUCCEEDED
                    ? "it succeeded"
                    : record.stopDate().plus(REDRIVE_WINDOW).isBefore(clock.instant())
                        ? "it ended more than 14 days ago"
                        : record.redriveCount() >= MAX_REDRIVES
                            ? "it has been redriven " + MAX_REDRIVES + " times"
                            : null;
    if (reason != null) {
      throw new ExecutionNotRedrivableException(executionArn, reason);
    }
    if (openExecutions.incrementAndGet() > limits.maxOpenExecutions()) {
      openExecutions.decrementAndGet();
      throw new ExecutionLimitExceededException(limits.maxOpenExecutions());
    }
    LiveExecution live = rebuild(lane, record);
    Event redriven = new Event.Redriven(clock.instant());
    synchronized (live) {
      live.draining = true;
      Step step = Interpreter.apply(live.execution, redriven);
      long sequence = live.sequence + 1;
      try {
        lane.store.redrive(stepRecord(live, sequence, redriven, step));
      } catch (RuntimeException e) {
        openExecutions.decrementAndGet();
        throw e;
      }
      live.sequence = sequence;
      lane.live.put(executionArn, live);
      afterCommit(lane, live, redriven, step);
    }
    Thread.ofVirtual().name("stepwise-redrive").start(() -> drain(lane, live));
    return lane.store.execution(executionArn);
  }

  /** The execution as the store knows it. */
  public Optional<ExecutionRecord> describe(String executionArn) {
    return laneOf(executionArn).store.execution(executionArn);
  }

  /**
   * Waits until an execution has ended.
   *
   * @throws TimeoutException if it has not ended in time
   * @throws IllegalArgumentException if there is no such execution
   */
  public ExecutionRecord awaitEnd(String executionArn, Duration timeout)
      throws TimeoutException, InterruptedException {
    CompletableFuture<ExecutionRecord> ended = new CompletableFuture<>();
    waiters
        .computeIfAbsent(executionArn, arn -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(ended);
    ExecutionRecord now =
        describe(executionArn)
            .orElseThrow(() -> new IllegalArgumentException("no execution " + executionArn));
    if (now.status() != ExecutionStatus.RUNNING) {
      return now;
    }
    try {
      return ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Resumes every Standard execution the store holds as running: rebuilds each from its journal and
   * invokes again the tasks that were in flight when the process stopped. Timers need nothing: they
   * are in the store, and fire at their due times (at once if already past).
   *
   * @return how many executions were resumed
   */
  public int recover() {
    int resumed = 0;
    String after = null;
    while (true) {
      List<String> page = standardStore.runningExecutions(after, 500);
      if (page.isEmpty()) {
        return resumed;
      }
      for (String arn : page) {
        // Rebuilt here, so that its callback tokens are known before recover() returns.
        standard.live.computeIfAbsent(arn, key -> load(standard, key));
        // The abandoned tasks are chosen when the event is applied, against the rebuilt execution.
        deliver(standard, arn, new Event.Recovered(clock.instant(), java.util.Set.of()));
        resumed++;
      }
      after = page.get(page.size() - 1);
    }
  }

  /**
   * Says which Task states are at-most-once: a task of theirs that was in flight when the process
   * stopped fails with {@code States.TaskFailed} after recovery instead of being invoked again.
   */
  @FunctionalInterface
  public interface AtMostOnce {
    AtMostOnce NONE = (stateMachineArn, stateName, resource) -> false;

    boolean test(String stateMachineArn, String stateName, String resource);
  }

  private volatile AtMostOnce atMostOnce = AtMostOnce.NONE;
  private final java.util.Set<String> deletedStateMachines = ConcurrentHashMap.newKeySet();
  private final ActivityQueues activities = new ActivityQueues();

  /** Tokens of callback and activity tasks that wait, and where each points. */
  private final Map<String, io.stepwise.engine.interpreter.TaskTokens.Target> waitingTokens =
      new ConcurrentHashMap<>();

  private final Map<String, java.util.Set<String>> tokensByExecution = new ConcurrentHashMap<>();

  /**
   * GetActivityTask: the next task scheduled for an activity, waiting up to {@code wait} (AWS waits
   * 60 seconds) for one.
   *
   * @param workerName recorded in the ActivityStarted event
   * @return the task, or empty when none came in time
   */
  public Optional<ActivityTask> getActivityTask(
      String activityArn, String workerName, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      Optional<ActivityQueues.Pending> next =
          activities.poll(activityArn, Duration.ofNanos(Math.max(0, left)));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      ActivityQueues.Pending task = next.get();
      if (!waitingTokens.containsKey(task.taskToken())) {
        continue; // Its execution ended or the task timed out while it was queued.
      }
      deliver(
          laneOf(task.executionArn()),
          task.executionArn(),
          new Event.ActivityStarted(task.taskId(), workerName, clock.instant()));
      return Optional.of(new ActivityTask(task.taskToken(), task.input()));
    }
  }

  /** SendTaskSuccess: the callback or activity task behind the token succeeded. */
  public void sendTaskSuccess(String taskToken, com.fasterxml.jackson.databind.JsonNode output)
      throws InvalidTokenException, TaskTimedOutException {
    callback(
        taskToken,
        time ->
            new Event.TaskCallback(
                target(taskToken).taskId(), TaskOutcome.succeeded(output), time));
  }

  /** SendTaskFailure: the callback or activity task behind the token failed. */
  public void sendTaskFailure(String taskToken, String error, String cause)
      throws InvalidTokenException, TaskTimedOutException {
    callback(
        taskToken,
        time ->
            new Event.TaskCallback(
                target(taskToken).taskId(), TaskOutcome.failed(error, cause), time));
  }

  /** SendTaskHeartbeat: the task behind the token is alive; its heartbeat timer starts again. */
  public void sendTaskHeartbeat(String taskToken)
      throws InvalidTokenException, TaskTimedOutException {
    callback(taskToken, time -> new Event.TaskHeartbeat(target(taskToken).taskId(), time));
  }

  private io.stepwise.engine.interpreter.TaskTokens.Target target(String taskToken) {
    return waitingTokens.get(taskToken);
  }

  private void callback(String taskToken, java.util.function.Function<Instant, Event> event)
      throws InvalidTokenException, TaskTimedOutException {
    if (io.stepwise.engine.interpreter.TaskTokens.parse(taskToken).isEmpty()) {
      throw new InvalidTokenException();
    }
    io.stepwise.engine.interpreter.TaskTokens.Target target = waitingTokens.get(taskToken);
    if (target == null) {
      throw new TaskTimedOutException();
    }
    deliver(laneOf(target.executionArn()), target.executionArn(), event.apply(clock.instant()));
  }

  /** Keeps the table of waiting tokens in step with an execution after each of its steps. */
  private void trackTokens(LiveExecution live) {
    java.util.Set<String> previous = tokensByExecution.remove(live.arn);
    if (previous != null) {
      previous.forEach(waitingTokens::remove);
    }
    if (live.execution.isFinished()) {
      return;
    }
    java.util.Set<String> current = new java.util.HashSet<>();
    for (Execution.InFlightTask task : live.execution.inFlightTasks()) {
      if (task.taskToken() != null) {
        current.add(task.taskToken());
        waitingTokens.put(
            task.taskToken(),
            new io.stepwise.engine.interpreter.TaskTokens.Target(live.arn, task.taskId()));
      }
    }
    if (!current.isEmpty()) {
      tokensByExecution.put(live.arn, current);
    }
  }

  /**
   * DeleteStateMachine: running executions of the state machine (and of its versions) are
   * terminated at their next transition, as AWS does; new ones cannot start (the registry refuses).
   */
  public void stateMachineDeleted(String stateMachineArn) {
    deletedStateMachines.add(stateMachineArn);
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

  /** Which Task states are at-most-once (none by default: every state is at-least-once). */
  public ExecutionRuntime atMostOnce(AtMostOnce policy) {
    this.atMostOnce = policy;
    return this;
  }

  private java.util.Set<Long> atMostOnceTasks(LiveExecution live) {
    java.util.Set<Long> abandoned = new java.util.HashSet<>();
    for (Execution.InFlightTask task : live.execution.inFlightTasks()) {
      if (atMostOnce.test(live.record.stateMachineArn(), task.stateName(), task.resource())) {
        abandoned.add(task.taskId());
      }
    }
    return abandoned;
  }

  /** How many task invocations were issued again after recoveries: at-least-once, counted. */
  public long reinvokedTasks() {
    return reinvokedTasks.get();
  }

  /** How many Standard executions are running now. */
  public long openExecutions() {
    return openExecutions.get();
  }

  /** How many executions are in memory now (waiting ones are not). */
  public int liveExecutions() {
    return standard.live.size() + express.live.size();
  }

  /** Group commits so far and the steps they carried, for the Standard store. */
  public long[] commitCounts() {
    return standard.committer.counts();
  }

  /** Lets the timer thread look again now: for tests that move a clock by hand. */
  public void wakeTimers() {
    standard.timers.wake();
    express.timers.wake();
  }

  @Override
  public void close() {
    standard.close();
    express.close();
  }

  // The work: deliver, drain, commit, carry out.

  private void deliver(Lane lane, String arn, Event event) {
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

  private void drain(Lane lane, LiveExecution live) {
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
    StepRecord record = stepRecord(live, sequence, event, step);
    try {
      lane.committer.submit(record).join();
    } catch (RuntimeException e) {
      // The step is not durable: this copy of the execution can no longer be trusted. Drop it;
      // the next event reloads the execution from what the store has.
      synchronized (live) {
        live.evicted = true;
        lane.live.remove(live.arn, live);
      }
      return;
    }
    live.sequence = sequence;
    afterCommit(lane, live, event, step);
  }

  private void afterCommit(Lane lane, LiveExecution live, Event event, Step step) {
    trackTokens(live);
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
      activities.offer(
          invoke.invocation().resource(),
          new ActivityQueues.Pending(
              arn,
              invoke.taskId(),
              invoke.invocation().taskToken(),
              invoke.invocation().parameters()));
      return;
    }
    java.util.Set<Thread> running =
        taskThreads.computeIfAbsent(arn, key -> ConcurrentHashMap.newKeySet());
    Thread.ofVirtual()
        .name("stepwise-task-" + invoke.taskId())
        .start(() -> {
          running.add(Thread.currentThread());
          TaskOutcome outcome;
          try {
            outcome = tasks.invoke(invoke.invocation());
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

  private StepRecord stepRecord(LiveExecution live, long sequence, Event event, Step step) {
    List<TimerRecord> started = new ArrayList<>();
    List<Long> cancelled = new ArrayList<>();
    for (Command command : step.commands()) {
      if (command instanceof Command.StartTimer start) {
        started.add(new TimerRecord(live.arn, start.timerId(), start.due()));
      } else if (command instanceof Command.CancelTimer cancel) {
        cancelled.add(cancel.timerId());
      }
    }
    if (event instanceof Event.TimerFired fired) {
      cancelled.add(fired.timerId());
    }
    Execution execution = live.execution;
    ExecutionEnd end =
        execution.isFinished()
            ? new ExecutionEnd(
                execution.status(),
                event.time(),
                execution.output() == null ? null : Json.write(execution.output()),
                execution.error(),
                execution.cause())
            : null;
    return new StepRecord(live.arn, sequence, event, step.events(), started, cancelled, end);
  }

  /** Rebuilds a running execution from its journal, or {@code null} if it is not running. */
  private LiveExecution load(Lane lane, String arn) {
    Optional<ExecutionRecord> found = lane.store.execution(arn);
    if (found.isEmpty() || found.get().status() != ExecutionStatus.RUNNING) {
      return null;
    }
    return rebuild(lane, found.get());
  }

  /** Replays an execution's journal, whatever its status. */
  private LiveExecution rebuild(Lane lane, ExecutionRecord record) {
    String arn = record.executionArn();
    try {
      StateMachine machine = definitions.parse(record.definition(), record.type());
      ExecutionInfo info =
          new ExecutionInfo(
              record.executionArn(),
              record.name(),
              record.stateMachineArn(),
              Arns.stateMachineName(record.stateMachineArn()),
              Arns.role(record.stateMachineArn()),
              machine,
              Json.parse(record.input()),
              record.startDate(),
              record.type() == StateMachineType.EXPRESS,
              false,
              0, // Replaying the journal counts the redrives again.
              limits);
      List<Event> journal = lane.store.journal(arn);
      Execution execution = Replay.rebuild(info, record.seed(), lane.recordsHistory, journal);
      LiveExecution live = new LiveExecution(record, execution, journal.size());
      trackTokens(live);
      return live;
    } catch (InvalidDefinitionException | com.fasterxml.jackson.core.JsonProcessingException e) {
      // What was valid when it started is valid now; this would mean a damaged store.
      throw new IllegalStateException("cannot rebuild execution " + arn, e);
    }
  }

  private void ended(Lane lane, String arn) {
    if (lane == standard) {
      openExecutions.decrementAndGet();
    }
    // Tasks still running for an ended (stopped, failed, timed-out) execution are abandoned.
    java.util.Set<Thread> running = taskThreads.remove(arn);
    if (running != null) {
      running.forEach(Thread::interrupt);
    }
    List<CompletableFuture<ExecutionRecord>> waiting = waiters.remove(arn);
    if (waiting == null) {
      return;
    }
    ExecutionRecord record = lane.store.execution(arn).orElseThrow();
    waiting.forEach(future -> future.complete(record));
  }

  private ExecutionInfo info(
      String stateMachineArn, StartRequest request, StateMachine machine, String arn, Instant now) {
    return new ExecutionInfo(
        arn,
        request.executionName(),
        stateMachineArn,
        Arns.stateMachineName(stateMachineArn),
        Arns.role(stateMachineArn),
        machine,
        request.input(),
        now,
        request.type() == StateMachineType.EXPRESS,
        false,
        0,
        limits);
  }

  private Lane lane(StateMachineType type) {
    return type == StateMachineType.EXPRESS ? express : standard;
  }

  private Lane laneOf(String executionArn) {
    return executionArn.contains(":express:") ? express : standard;
  }

  /** A store with its committer, timer thread and executions in memory. */
  private final class Lane implements AutoCloseable {
    final ExecutionStore store;
    final boolean recordsHistory;
    final Committer committer;
    final TimerDriver timers;
    final ConcurrentHashMap<String, LiveExecution> live = new ConcurrentHashMap<>();

    Lane(ExecutionStore store, boolean recordsHistory) {
      this.store = store;
      this.recordsHistory = recordsHistory;
      this.committer = new Committer(store);
      this.timers =
          new TimerDriver(
              store,
              clock,
              timer ->
                  deliver(
                      this,
                      timer.executionArn(),
                      new Event.TimerFired(timer.timerId(), clock.instant())));
    }

    @Override
    public void close() {
      timers.close();
      committer.close();
    }
  }
}
