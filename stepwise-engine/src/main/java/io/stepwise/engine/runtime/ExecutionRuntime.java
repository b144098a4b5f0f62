package io.stepwise.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.ChildExecutionView;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.ExecutionInfo;
import io.stepwise.engine.interpreter.Interpreter;
import io.stepwise.engine.interpreter.Limits;
import io.stepwise.engine.interpreter.Step;
import io.stepwise.engine.interpreter.TaskTokens;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.LocalExecution;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.StepRecord;
import io.stepwise.engine.task.TaskInterceptor;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs many executions at once on a store: what the API server and users' programs call. Each
 * execution advances by applying events through the interpreter, one at a time; every step is
 * committed (group commit) before its commands run: tasks on virtual threads, timers kept by the
 * store. Executions waiting only on timers leave memory. After a restart, {@link #recover()}
 * resumes every running execution where it stood. How it works: {@code docs/engine.md}.
 *
 * <p>Standard executions live in the durable store. Express executions live in an in-memory store,
 * keep no history there (those started with {@link StartRequest#recordsHistory()} record it for
 * their listeners only), and are not recovered: at-most-once when started synchronously, at least
 * once when started asynchronously, as on AWS.
 */
public final class ExecutionRuntime implements AutoCloseable {

  /**
   * Says which Task states are at-most-once: a task of theirs that was in flight when the process
   * stopped fails with {@code States.TaskFailed} after recovery instead of being invoked again.
   */
  @FunctionalInterface
  public interface AtMostOnce {
    AtMostOnce NONE = (stateMachineArn, stateName, resource) -> false;

    boolean test(String stateMachineArn, String stateName, String resource);
  }

  private final ExecutionDriver driver;
  private final Redrives redrives;
  private final MapRuns mapRuns;
  private final MapRunChildren mapRunChildren;
  private final TaskResources tasks;
  private final SecureRandom seeds = new SecureRandom();

  /**
   * @param standardStore where Standard executions live (durable: SQLite, PostgreSQL)
   * @param expressStore where Express executions live (in memory)
   * @param tasks what Task states call
   * @param clock where time comes from
   */
  public ExecutionRuntime(
      ExecutionStore standardStore, ExecutionStore expressStore, TaskResources tasks, Clock clock) {
    this(standardStore, expressStore, tasks, clock, Limits.AWS);
  }

  /** As above, with quotas other than AWS's. */
  public ExecutionRuntime(
      ExecutionStore standardStore,
      ExecutionStore expressStore,
      TaskResources tasks,
      Clock clock,
      Limits limits) {
    this.tasks = tasks;
    this.driver = new ExecutionDriver(standardStore, expressStore, tasks, clock, limits);
    this.redrives = new Redrives(driver);
    this.mapRuns = new MapRuns(driver);
    this.mapRunChildren = new MapRunChildren(driver, mapRuns);
    driver.openExecutions.set(countRunning(standardStore));
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
    StateMachine machine = driver.definitions.parse(request.definition(), request.type());
    Lane lane = driver.lane(request.type());
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
    if (counted && driver.openExecutions.incrementAndGet() > driver.limits.maxOpenExecutions()) {
      driver.openExecutions.decrementAndGet();
      throw new ExecutionLimitExceededException(driver.limits.maxOpenExecutions());
    }
    String arn = Arns.execution(request.stateMachineArn(), request.type(), request.executionName());
    Instant now = driver.clock.instant();
    long seed = seeds.nextLong();
    boolean history = lane.recordsHistory || request.recordsHistory();
    Execution execution = new Execution(info(request, machine, arn, now), seed, history);
    if (history && !lane.recordsHistory) {
      driver.expressHistories.add(arn);
    }
    Event started = new Event.Started(request.input(), now);
    Step step = Interpreter.apply(execution, started);
    ExecutionRecord record = newRecord(request, arn, seed, now);
    LiveExecution live = new LiveExecution(record, execution, 1);
    StepRecord first = StepRecords.of(live, 1, started, step);
    synchronized (live) {
      // Registered before anything can deliver to it; drained by this thread first.
      live.draining = true;
      lane.live.put(arn, live);
      try {
        // Group-committed with other starts and steps: many starts share one transaction.
        lane.committer
            .submitCreate(new ExecutionStore.Creation(record, driver.stored(lane, first)))
            .join();
      } catch (java.util.concurrent.CompletionException e) {
        lane.live.remove(arn, live);
        driver.expressHistories.remove(arn);
        if (counted) {
          driver.openExecutions.decrementAndGet();
        }
        if (e.getCause() instanceof ExecutionAlreadyExistsException taken) {
          throw taken;
        }
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    if (counted && execution.isFinished()) {
      driver.openExecutions.decrementAndGet(); // Ended in its first step.
    }
    driver.listeners.recorded(record, first);
    driver.afterCommit(lane, live, started, step);
    Thread.ofVirtual()
        .name("stepwise-" + request.executionName())
        .start(() -> driver.drain(lane, live));
    return record;
  }

  /**
   * Runs an Express execution to its end on the calling thread, as {@code StartSyncExecution} does:
   * in memory only, at most once, its history recorded (in the result) only if the request asks for
   * it. Tasks still run on virtual threads and waits still wait, in real time.
   *
   * @throws InvalidDefinitionException if the definition is not valid
   */
  public ExecutionResult startSync(StartRequest request) throws InvalidDefinitionException {
    StateMachine machine = driver.definitions.parse(request.definition(), StateMachineType.EXPRESS);
    String[] arn = request.stateMachineArn().split(":");
    return LocalExecution.of(machine)
        .type(StateMachineType.EXPRESS)
        .synchronous(true)
        .recordHistory(request.recordsHistory())
        .region(arn.length > 3 ? arn[3] : "us-east-1")
        .account(arn.length > 4 ? arn[4] : "123456789012")
        .roleArn(request.roleArn())
        .stateMachineName(Arns.stateMachineName(request.stateMachineArn()))
        .executionName(request.executionName())
        .input(request.input())
        .clock(driver.clock)
        .limits(driver.limits)
        .taskResources(tasks)
        .testCase(request.testCase())
        .taskInterceptor(driver.taskInterceptor())
        .run();
  }

  /**
   * Asks an execution to stop: it ends ABORTED with this error and cause, its tasks abandoned.
   *
   * @return {@code false} if there is no such execution
   */
  public boolean stop(String executionArn, String error, String cause) {
    Lane lane = driver.laneOf(executionArn);
    Optional<ExecutionRecord> record = lane.store.execution(executionArn);
    if (record.isEmpty()) {
      return false;
    }
    if (record.get().status() == ExecutionStatus.RUNNING) {
      driver.deliver(
          lane, executionArn, new Event.StopRequested(error, cause, driver.clock.instant()));
    }
    return true;
  }

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
    return redrives.redrive(executionArn);
  }

  /**
   * ListMapRuns: the Distributed Map runs an execution started, in start order.
   *
   * @return empty if there is no such execution
   */
  public Optional<List<Execution.MapRunView>> mapRuns(String executionArn) {
    return mapRuns.of(executionArn);
  }

  /** DescribeMapRun: a Distributed Map run's status, limits and item counts. */
  public Optional<Execution.MapRunView> describeMapRun(String mapRunArn) {
    return mapRuns.describe(mapRunArn);
  }

  /**
   * UpdateMapRun: new limits for a running Distributed Map run ({@code null}: unchanged), which it
   * applies at its next step. A run that has ended is left as it is.
   *
   * @return the run as it stood before the update; empty if there is no such run
   */
  public Optional<Execution.MapRunView> updateMapRun(
      String mapRunArn,
      Integer maxConcurrency,
      Long toleratedFailureCount,
      Double toleratedFailurePercentage) {
    return mapRuns.update(
        mapRunArn, maxConcurrency, toleratedFailureCount, toleratedFailurePercentage);
  }

  /**
   * ListExecutions by map run: the child workflow executions a Distributed Map run started (one per
   * item), in start order.
   *
   * @return empty if there is no such run
   */
  public Optional<List<ChildExecutionView>> mapRunExecutions(String mapRunArn) {
    return mapRunChildren.of(mapRunArn);
  }

  /** Whether an execution ARN names a Distributed Map run's child workflow execution. */
  public static boolean isMapRunChild(String executionArn) {
    return ChildArn.isChild(executionArn);
  }

  /** DescribeExecution of a map run's child workflow execution; empty if there is none. */
  public Optional<ChildExecutionView> describeChildExecution(String childArn) {
    return mapRunChildren.describe(childArn);
  }

  /**
   * GetExecutionHistory of a map run's child workflow execution: its own events, numbered from 1.
   *
   * @return empty if there is no such child execution
   */
  public Optional<List<HistoryEvent>> childExecutionHistory(String childArn) {
    return mapRunChildren.history(childArn);
  }

  /** The execution as the store knows it. */
  public Optional<ExecutionRecord> describe(String executionArn) {
    return driver.laneOf(executionArn).store.execution(executionArn);
  }

  /**
   * Waits until an execution has ended.
   *
   * @throws TimeoutException if it has not ended in time
   * @throws IllegalArgumentException if there is no such execution
   */
  public ExecutionRecord awaitEnd(String executionArn, Duration timeout)
      throws TimeoutException, InterruptedException {
    CompletableFuture<ExecutionRecord> ended = driver.waiters.register(executionArn);
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
    Lane lane = driver.standard;
    int resumed = 0;
    String after = null;
    while (true) {
      List<String> page = lane.store.runningExecutions(after, 500);
      if (page.isEmpty()) {
        return resumed;
      }
      for (String arn : page) {
        // Rebuilt here, so that its callback tokens are known before recover() returns.
        lane.live.computeIfAbsent(arn, key -> driver.load(lane, key));
        // The abandoned tasks are chosen when the event is applied, against the rebuilt execution.
        driver.deliver(lane, arn, new Event.Recovered(driver.clock.instant(), java.util.Set.of()));
        resumed++;
      }
      after = page.get(page.size() - 1);
    }
  }

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
          driver.activities.poll(activityArn, Duration.ofNanos(Math.max(0, left)));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      ActivityQueues.Pending task = next.get();
      if (driver.tokens.target(task.taskToken()) == null) {
        continue; // Its execution ended or the task timed out while it was queued.
      }
      driver.deliver(
          driver.laneOf(task.executionArn()),
          task.executionArn(),
          new Event.ActivityStarted(task.taskId(), workerName, driver.clock.instant()));
      return Optional.of(new ActivityTask(task.taskToken(), task.input()));
    }
  }

  /**
   * The callback and activity tasks that wait now for a SendTask* call, with their tokens: a
   * read-only view for consoles (AWS has no such listing; a user finds tokens in their messages).
   */
  public List<WaitingTask> waitingTasks() {
    return driver.tokens.all();
  }

  /** SendTaskSuccess: the callback or activity task behind the token succeeded. */
  public void sendTaskSuccess(String taskToken, JsonNode output)
      throws InvalidTokenException, TaskTimedOutException {
    callback(
        taskToken,
        (target, time) ->
            new Event.TaskCallback(target.taskId(), TaskOutcome.succeeded(output), time));
  }

  /** SendTaskFailure: the callback or activity task behind the token failed. */
  public void sendTaskFailure(String taskToken, String error, String cause)
      throws InvalidTokenException, TaskTimedOutException {
    callback(
        taskToken,
        (target, time) ->
            new Event.TaskCallback(target.taskId(), TaskOutcome.failed(error, cause), time));
  }

  /** SendTaskHeartbeat: the task behind the token is alive; its heartbeat timer starts again. */
  public void sendTaskHeartbeat(String taskToken)
      throws InvalidTokenException, TaskTimedOutException {
    callback(taskToken, (target, time) -> new Event.TaskHeartbeat(target.taskId(), time));
  }

  private interface CallbackEvent {
    Event of(TaskTokens.Target target, Instant time);
  }

  private void callback(String taskToken, CallbackEvent event)
      throws InvalidTokenException, TaskTimedOutException {
    if (TaskTokens.parse(taskToken).isEmpty()) {
      throw new InvalidTokenException();
    }
    TaskTokens.Target target = driver.tokens.target(taskToken);
    if (target == null) {
      throw new TaskTimedOutException();
    }
    driver.deliver(
        driver.laneOf(target.executionArn()),
        target.executionArn(),
        event.of(target, driver.clock.instant()));
  }

  /**
   * DeleteStateMachine: running executions of the state machine (and of its versions) are
   * terminated at their next transition, as AWS does; new ones cannot start (the registry refuses).
   */
  public void stateMachineDeleted(String stateMachineArn) {
    driver.stateMachineDeleted(stateMachineArn);
  }

  /** Which Task states are at-most-once (none by default: every state is at-least-once). */
  public ExecutionRuntime atMostOnce(AtMostOnce policy) {
    driver.atMostOnce(policy);
    return this;
  }

  /**
   * Which activity ARNs exist (CreateActivity's): a Task state naming another fails with {@code
   * States.Runtime}, as on AWS. By default every activity exists.
   */
  public ExecutionRuntime activityDirectory(java.util.function.Predicate<String> exists) {
    driver.activityExists(exists);
    return this;
  }

  /**
   * Tells a listener of every step executions record from now on, once it is durable: see {@link
   * ExecutionListener}.
   */
  public void addListener(ExecutionListener listener) {
    driver.listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  /** Stops telling a listener; steps it is being told of finish. */
  public void removeListener(ExecutionListener listener) {
    driver.listeners.remove(listener);
  }

  /**
   * What answers task invocations before their resources (none by default): a mock configuration's
   * test cases, for executions started with one.
   */
  public ExecutionRuntime taskInterceptor(TaskInterceptor interceptor) {
    driver.taskInterceptor(interceptor);
    return this;
  }

  /** How many task invocations were issued again after recoveries: at-least-once, counted. */
  public long reinvokedTasks() {
    return driver.reinvokedTasks.get();
  }

  /** How many Standard executions are running now. */
  public long openExecutions() {
    return driver.openExecutions.get();
  }

  /** How many executions are in memory now (waiting ones are not). */
  public int liveExecutions() {
    return driver.standard.live.size() + driver.express.live.size();
  }

  /** The engine's health now, for metrics: cheap to read. */
  public RuntimeStats stats() {
    Committer.CommitStats standard = driver.standard.committer.stats();
    Committer.CommitStats express = driver.express.committer.stats();
    return new RuntimeStats(
        openExecutions(),
        liveExecutions(),
        standard.commits(),
        standard.steps(),
        standard.nanos(),
        standard.waiting() + express.waiting(),
        reinvokedTasks());
  }

  /** How many timers wait in the Standard store, due or not: one count in the store. */
  public long timerCount() {
    return driver.standard.store.timerCount();
  }

  /** Lets the timer thread look again now: for tests that move a clock by hand. */
  public void wakeTimers() {
    driver.standard.timers.wake();
    driver.express.timers.wake();
  }

  @Override
  public void close() {
    driver.close();
  }

  private ExecutionInfo info(StartRequest request, StateMachine machine, String arn, Instant now) {
    String stateMachineArn = request.stateMachineArn();
    return new ExecutionInfo(
        arn,
        request.executionName(),
        stateMachineArn,
        Arns.stateMachineName(stateMachineArn),
        request.roleArn() != null ? request.roleArn() : Arns.role(stateMachineArn),
        machine,
        request.input(),
        now,
        request.type() == StateMachineType.EXPRESS,
        false,
        0,
        driver.limits,
        request.testCase());
  }

  private static ExecutionRecord newRecord(
      StartRequest request, String arn, long seed, Instant now) {
    return new ExecutionRecord(
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
        0,
        request.testCase(),
        request.traceHeader(),
        request.roleArn());
  }
}
