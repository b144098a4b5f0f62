package io.stepwise.server;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.machines.ActivityRegistry;
import io.stepwise.engine.machines.StateMachineRegistry;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.teststate.TestStateRunner;
import io.stepwise.integrations.Integrations;
import io.stepwise.integrations.aws.ServiceModelMockValidator;
import io.stepwise.integrations.config.EventsSettings;
import io.stepwise.integrations.config.LogsSettings;
import io.stepwise.integrations.mock.MockedTasks;
import io.stepwise.integrations.states.NestedExecutionTasks;
import io.stepwise.observability.events.Backoff;
import io.stepwise.observability.events.StatusChangeEvents;
import io.stepwise.observability.events.Webhook;
import io.stepwise.observability.logs.ExecutionLogs;
import io.stepwise.observability.logs.LogWriter;
import io.stepwise.observability.metrics.StepwiseMetrics;
import io.stepwise.observability.traces.StepwiseTracing;
import io.stepwise.observability.traces.TracedStateMachines;
import io.stepwise.server.protocol.ApiException;
import io.stepwise.store.sql.SqliteExecutionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the actions work on, wired from a {@link ServerConfig}: Standard executions, state
 * machines (with their versions and aliases) and activities in SQLite at {@code
 * <dataDir>/stepwise.db}, Express executions in memory, the runtime (which resumes the executions
 * that were running when the last process stopped), the state machine and activity registries, the
 * TestState runner, and, in the same file, tags and which version or alias started each Standard
 * execution; execution logs (in {@code <dataDir>/logs} unless configured elsewhere) and
 * status-change events to the configured webhooks.
 */
public final class ServerContext implements AutoCloseable {
  private final ServerConfig config;
  private final Clock clock;
  private final ExecutionStore standardStore;
  private final ExecutionStore expressStore;
  private final ExecutionRuntime runtime;
  private final StateMachineRegistry registry;
  private final StateMachineStores machineStores;
  private final ActivityRegistry activities;
  private final TestStateRunner testStates;
  private final TagStore tags;
  private final ExecutionOrigins origins;
  private final Integrations integrations;
  private final StepwiseMetrics metrics;
  private final Observers observers;

  /** What observes the runtime's executions besides metrics: logs and status-change events. */
  private record Observers(
      ExecutionLogging logging, ExecutionLogs logs, StatusChangeEvents events) {}

  private final StepwiseTracing tracing;

  private ServerContext(
      ServerConfig config,
      Clock clock,
      Integrations integrations,
      ExecutionStore standardStore,
      ExecutionStore expressStore,
      ExecutionRuntime runtime,
      StateMachineStores machineStores,
      ActivityRegistry activities,
      StateMachineRegistry registry,
      ExecutionOrigins origins,
      Observers observers,
      StepwiseTracing tracing) {
    this.config = config;
    this.clock = clock;
    this.integrations = integrations;
    this.standardStore = standardStore;
    this.expressStore = expressStore;
    this.runtime = runtime;
    this.tracing = tracing;
    this.metrics = StepwiseMetrics.prometheus(runtime);
    this.machineStores = machineStores;
    this.registry = registry;
    this.observers = observers;
    this.origins = origins;
    this.activities = activities;
    this.testStates =
        new TestStateRunner(integrations.tasks(), config.region(), config.account(), clock)
            .withMockValidation(new ServiceModelMockValidator());
    this.tags = new TagStore(machineStores.tags());

    // Registered last: a nested execution is started through this context, once it is whole.
    NestedExecutionTasks.addTo(integrations.tasks(), new NestedExecutions(this), clock);
  }

  /**
   * Opens the stores in the data directory (creating it), starts the runtime and resumes the
   * executions that were running.
   */
  public static ServerContext open(ServerConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
    }
    Clock clock = Clock.systemUTC();
    // Built first: a configured function that cannot be loaded stops the start, before any store
    // is opened.
    Integrations integrations = Integrations.from(config.integrations(), clock);
    Path database = config.dataDir().resolve("stepwise.db");
    SqliteExecutionStore standard;
    StateMachineStores machineStores;
    try {
      standard = SqliteExecutionStore.open(database);
    } catch (RuntimeException e) {
      integrations.close();
      throw e;
    }
    try {
      machineStores = StateMachineStores.open(database);
    } catch (RuntimeException e) {
      standard.close();
      integrations.close();
      throw e;
    }
    InMemoryExecutionStore express = new InMemoryExecutionStore();
    ExecutionRuntime runtime =
        new ExecutionRuntime(standard, express, integrations.tasks(), clock, config.limits())
            .atMostOnce(config.atMostOnce());
    if (config.mockConfig() != null) {
      // Before recovery: executions resumed mid-test-case answer from their mocks at once.
      runtime.taskInterceptor(new MockedTasks(config.mockConfig()));
    }
    ActivityRegistry activities =
        new ActivityRegistry(machineStores.activities(), config.region(), config.account(), clock);
    // Before recovery: a resumed task on an activity deleted meanwhile fails as on AWS.
    runtime.activityDirectory(activities::exists);
    StateMachineRegistry registry =
        StateMachineRegistry.of(machineStores.machines(), config.region(), config.account());
    ExecutionOrigins origins = new ExecutionOrigins(machineStores.origins());
    // Before recovery: the steps of resumed executions are logged and announced too.
    Observers observers = observe(config, runtime, registry, origins);
    // Before recovery: resumed executions go on in their traces, and their tasks in their context.
    StepwiseTracing tracing = tracing(registry, runtime, integrations);
    runtime.recover();
    return new ServerContext(
        config,
        clock,
        integrations,
        standard,
        express,
        runtime,
        machineStores,
        activities,
        registry,
        origins,
        observers,
        tracing);
  }

  private static Observers observe(
      ServerConfig config,
      ExecutionRuntime runtime,
      StateMachineRegistry registry,
      ExecutionOrigins origins) {
    ExecutionLogging logging = new ExecutionLogging(registry, origins);
    LogsSettings logs = config.integrations().logs();
    Path directory = logs.directory() != null ? logs.directory() : config.dataDir().resolve("logs");
    LogWriter writer = new LogWriter(directory, logs.toStdout() ? System.out : null);
    EventsSettings events = config.integrations().events();
    Backoff backoff =
        new Backoff(
            events.attemptsOrDefault(),
            Duration.ofMillis(Math.round(events.backoffOrDefault() * 1000)),
            Duration.ofMillis(Math.round(events.maxBackoffOrDefault() * 1000)));
    return new Observers(
        logging,
        ExecutionLogs.bind(runtime, logging, writer),
        StatusChangeEvents.bind(
            runtime,
            events.webhooks().stream()
                .map(webhook -> new Webhook(webhook.url(), webhook.headers()))
                .toList(),
            backoff));
  }

  /**
   * Traces as the standard {@code OTEL_*} settings say, for state machines whose {@code
   * tracingConfiguration} is enabled; {@code null} when no exporter is configured.
   */
  private static StepwiseTracing tracing(
      StateMachineRegistry machines, ExecutionRuntime runtime, Integrations integrations) {
    TracedStateMachines traced =
        TracedStateMachines.cached(arn -> tracingEnabled(machines, arn), Duration.ofSeconds(5));
    return StepwiseTracing.autoconfigure(Map.of(), traced)
        .map(t -> t.bind(runtime, integrations.tasks()))
        .orElse(null);
  }

  private static boolean tracingEnabled(StateMachineRegistry machines, String stateMachineArn) {
    try {
      String tracing = machines.describeStateMachine(stateMachineArn).tracingConfiguration();
      return tracing != null && Json.parse(tracing).path("enabled").asBoolean(false);
    } catch (Exception gone) {
      return false; // Deleted meanwhile: its executions are not traced.
    }
  }

  public ServerConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** Where Standard executions live. */
  public ExecutionStore standardStore() {
    return standardStore;
  }

  /** Where Express executions live. */
  public ExecutionStore expressStore() {
    return expressStore;
  }

  /** The store an execution of this ARN lives in. */
  public ExecutionStore storeOf(String executionArn) {
    return ExecutionArns.isExpress(executionArn) ? expressStore : standardStore;
  }

  /**
   * Where traces go (an exporter, with its OTLP endpoint), as the {@code OTEL_*} settings say;
   * empty when they ask for no traces.
   */
  public java.util.Optional<String> tracesDestination() {
    return tracing == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(tracing.destination());
  }

  /** Step Functions' metrics of this server's runtime, which {@code GET /metrics} answers. */
  public StepwiseMetrics metrics() {
    return metrics;
  }

  /** Execution logs: the lines of the log groups that state machines' configurations name. */
  public ExecutionLogs logs() {
    return observers.logs();
  }

  /** Which logging configuration each running execution logs by. */
  ExecutionLogging logging() {
    return observers.logging();
  }

  /** Status-change events posted to the configured webhooks. */
  public StatusChangeEvents events() {
    return observers.events();
  }

  /** The runtime that runs executions. */
  public ExecutionRuntime runtime() {
    return runtime;
  }

  public StateMachineRegistry registry() {
    return registry;
  }

  /** Activities: CreateActivity, DescribeActivity, ListActivities, DeleteActivity. */
  public ActivityRegistry activities() {
    return activities;
  }

  /** Runs TestState requests: a Task state without a mock calls what it would call in a run. */
  public TestStateRunner testStates() {
    return testStates;
  }

  /** Tags of state machines, versions, aliases and activities, kept in the SQLite file. */
  public TagStore tags() {
    return tags;
  }

  /** Which version or alias started each execution; Standard executions' are in the file. */
  public ExecutionOrigins origins() {
    return origins;
  }

  /**
   * The execution with this ARN.
   *
   * @throws io.stepwise.engine.machines.InvalidArn if it is no execution ARN
   * @throws ApiException {@code ExecutionDoesNotExist} if there is no such execution
   */
  public ExecutionRecord execution(String executionArn) {
    ExecutionArns.check(executionArn);
    return runtime
        .describe(executionArn)
        .orElseThrow(() -> ApiException.executionDoesNotExist(executionArn));
  }

  /**
   * A Distributed Map run's child execution by its ARN.
   *
   * @throws ApiException {@code ExecutionDoesNotExist} if no map run has such a child
   */
  public io.stepwise.engine.interpreter.ChildExecutionView childExecution(String childArn) {
    return runtime
        .describeChildExecution(childArn)
        .orElseThrow(() -> ApiException.executionDoesNotExist(childArn));
  }

  /**
   * Runs a listing of a store, answering a token the store did not hand out with AWS's {@code
   * InvalidToken}.
   */
  public static <T> T page(Supplier<T> listing) {
    try {
      return listing.get();
    } catch (IllegalArgumentException e) {
      throw new ApiException("InvalidToken", e.getMessage());
    }
  }

  /** Stops the runtime, then closes the stores: running executions resume at the next open. */
  @Override
  public void close() {
    try {
      metrics.close();
      runtime.close();
      // After the runtime: the last steps are written and announced.
      observers.logs().close();
      observers.events().close();
      if (tracing != null) {
        tracing.close(); // After the runtime: the last steps' spans are flushed.
      }
    } finally {
      try {
        standardStore.close();
      } finally {
        try {
          expressStore.close();
        } finally {
          try {
            machineStores.close();
          } finally {
            integrations.close();
          }
        }
      }
    }
  }
}
