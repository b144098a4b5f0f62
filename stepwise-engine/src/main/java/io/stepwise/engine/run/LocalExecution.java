package io.stepwise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.ExecutionInfo;
import io.stepwise.engine.interpreter.Limits;
import io.stepwise.engine.task.TaskInterceptor;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;

/**
 * Runs one execution of a definition to its end, in memory, on the calling thread: what {@code
 * stepwise run}, the conformance suite and users' tests need.
 *
 * <pre>{@code
 * ExecutionResult result = LocalExecution.parse(definitionJson)
 *     .input(input)
 *     .skipWaits(true)
 *     .run();
 * }</pre>
 */
public final class LocalExecution {

  private final StateMachine machine;
  private JsonNode input = Json.NODES.objectNode();
  private String executionName = "local";
  private String stateMachineName = "local";
  private String account = "123456789012";
  private String region = "us-east-1";
  private String roleArn;
  private StateMachineType type = StateMachineType.STANDARD;
  private Clock clock = Clock.systemUTC();
  private boolean skipWaits;
  private boolean synchronous;
  private boolean recordHistory = true;
  private Limits limits = Limits.AWS;
  private JournalListener journal = JournalListener.NONE;
  private TaskResources taskResources = TaskResources.none();
  private String testCase;
  private TaskInterceptor taskInterceptor = TaskInterceptor.NONE;
  private LocalCallbacks callbacks;

  private LocalExecution(StateMachine machine) {
    this.machine = machine;
  }

  /**
   * Validates a definition and prepares an execution of it.
   *
   * @throws InvalidDefinitionException with every problem found, when the definition is invalid
   */
  public static LocalExecution parse(String definitionText) throws InvalidDefinitionException {
    return new LocalExecution(DefinitionParser.parse(definitionText, ValidationOptions.STANDARD));
  }

  /**
   * Validates a definition for a state machine of the given type and prepares an execution.
   *
   * @throws InvalidDefinitionException with every problem found, when the definition is invalid
   */
  public static LocalExecution parse(String definitionText, StateMachineType type)
      throws InvalidDefinitionException {
    ValidationOptions options =
        type == StateMachineType.EXPRESS ? ValidationOptions.EXPRESS : ValidationOptions.STANDARD;
    return new LocalExecution(DefinitionParser.parse(definitionText, options)).type(type);
  }

  /** Prepares an execution of an already parsed state machine. */
  public static LocalExecution of(StateMachine machine) {
    return new LocalExecution(machine);
  }

  /** The execution input ({@code {}} by default). */
  public LocalExecution input(JsonNode input) {
    this.input = input;
    return this;
  }

  public LocalExecution executionName(String executionName) {
    this.executionName = executionName;
    return this;
  }

  public LocalExecution stateMachineName(String stateMachineName) {
    this.stateMachineName = stateMachineName;
    return this;
  }

  /** The AWS account in ARNs ({@code 123456789012} by default). */
  public LocalExecution account(String account) {
    this.account = account;
    return this;
  }

  /**
   * The role the execution runs as (what {@code $$.Execution.RoleArn} and {@code ExecutionStarted}
   * name); by default {@code role/stepwise} of the account.
   */
  public LocalExecution roleArn(String roleArn) {
    this.roleArn = roleArn;
    return this;
  }

  /** The AWS region in ARNs ({@code us-east-1} by default). */
  public LocalExecution region(String region) {
    this.region = region;
    return this;
  }

  public LocalExecution type(StateMachineType type) {
    this.type = type;
    return this;
  }

  /** The clock the execution reads time from (the system clock by default). */
  public LocalExecution clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /**
   * Whether waits, retry intervals and timeouts elapse at once on a virtual clock; the history
   * still shows the times they would have had.
   */
  public LocalExecution skipWaits(boolean skipWaits) {
    this.skipWaits = skipWaits;
    return this;
  }

  /**
   * Whether the execution is started as StartSyncExecution starts Express executions: such
   * executions cannot be redriven, and their context object has no {@code RedriveCount}.
   */
  public LocalExecution synchronous(boolean synchronous) {
    this.synchronous = synchronous;
    return this;
  }

  /**
   * Whether history events are kept (the default). Without them an execution runs faster and {@link
   * ExecutionResult#history()} is empty, as for Express executions without logging.
   */
  public LocalExecution recordHistory(boolean recordHistory) {
    this.recordHistory = recordHistory;
    return this;
  }

  /** The quotas the execution is held to (AWS's by default). */
  public LocalExecution limits(Limits limits) {
    this.limits = limits;
    return this;
  }

  /**
   * Receives what the execution is and every event applied to it, in order: its journal, from which
   * {@link io.stepwise.engine.interpreter.Replay} rebuilds it.
   */
  public LocalExecution journal(JournalListener journal) {
    this.journal = journal;
    return this;
  }

  /** What Task states call (none by default: every task fails naming its resource). */
  public LocalExecution taskResources(TaskResources taskResources) {
    this.taskResources = taskResources;
    return this;
  }

  /**
   * The Step Functions Local test case the execution runs ({@code null}, the default: none). Task
   * invocations carry it, so that the {@link #taskInterceptor} answers the test case's mocked
   * states with their mocked responses.
   */
  public LocalExecution testCase(String testCase) {
    this.testCase = testCase;
    return this;
  }

  /**
   * What answers task invocations before {@link #taskResources} (none by default): a mock
   * configuration answering the mocked states of the {@link #testCase}.
   */
  public LocalExecution taskInterceptor(TaskInterceptor taskInterceptor) {
    this.taskInterceptor = taskInterceptor;
    return this;
  }

  /**
   * Lets a worker answer task tokens ({@code .waitForTaskToken}) while the execution runs. With
   * callbacks, an execution with nothing else to wait for waits for them, in real time.
   */
  public LocalExecution callbacks(LocalCallbacks callbacks) {
    this.callbacks = callbacks;
    return this;
  }

  /** The seed of an execution's random generator: derived from its ARN, so runs repeat. */
  public static long seed(String executionArn) {
    return executionArn.hashCode();
  }

  /** Runs the execution to its end. */
  public ExecutionResult run() {
    String partition = "aws";
    String stateMachineArn =
        "arn:"
            + partition
            + ":states:"
            + region
            + ":"
            + account
            + ":stateMachine:"
            + stateMachineName;
    String executionArn =
        "arn:"
            + partition
            + ":states:"
            + region
            + ":"
            + account
            + (type == StateMachineType.EXPRESS ? ":express:" : ":execution:")
            + stateMachineName
            + ":"
            + executionName
            // AWS gives Express executions a second, generated part after the name.
            + (type == StateMachineType.EXPRESS ? ":" + java.util.UUID.randomUUID() : "");
    String roleArn =
        this.roleArn != null
            ? this.roleArn
            : "arn:" + partition + ":iam::" + account + ":role/stepwise";
    LocalRuntime runtime =
        new LocalRuntime(clock, skipWaits, taskResources, taskInterceptor, journal, callbacks);
    ExecutionInfo info =
        new ExecutionInfo(
            executionArn,
            executionName,
            stateMachineArn,
            stateMachineName,
            roleArn,
            machine,
            input,
            runtime.now(),
            type == StateMachineType.EXPRESS,
            synchronous,
            0,
            limits,
            testCase);
    long seed = seed(executionArn);
    journal.started(info, seed);
    return runtime.run(new Execution(info, seed, recordHistory));
  }
}
