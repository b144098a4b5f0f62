package io.stepwise.server.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.machines.LoggingConfiguration;
import io.stepwise.engine.machines.ResolvedStateMachine;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.integrations.mock.TestCaseArn;
import io.stepwise.server.ExecutionArns;
import io.stepwise.server.ExecutionInputs;
import io.stepwise.server.MockTestCases;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.BillingDetails;
import io.stepwise.server.model.CloudWatchEventsExecutionDataDetails;
import io.stepwise.server.model.StartSyncExecutionInput;
import io.stepwise.server.model.StartSyncExecutionOutput;
import io.stepwise.server.protocol.ApiException;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code StartSyncExecution}: runs an Express execution to its end and answers how it ended. Only
 * Express state machines take it, as on AWS.
 */
public final class StartSyncExecutionAction
    implements Action<StartSyncExecutionInput, StartSyncExecutionOutput> {
  private static final CloudWatchEventsExecutionDataDetails INCLUDED =
      new CloudWatchEventsExecutionDataDetails(true);

  private final ServerContext context;

  public StartSyncExecutionAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<StartSyncExecutionInput> inputType() {
    return StartSyncExecutionInput.class;
  }

  @Override
  public StartSyncExecutionOutput handle(StartSyncExecutionInput input) throws Exception {
    TestCaseArn requested = MockTestCases.read(context, input.stateMachineArn());
    ResolvedStateMachine machine = context.registry().resolve(requested.stateMachineArn());
    if (machine.type() != StateMachineType.EXPRESS) {
      throw ApiException.typeNotSupported(
          "This operation is not supported by this type of state machine");
    }
    String name = ExecutionInputs.name(input.name());
    JsonNode executionInput = ExecutionInputs.parse(input.input());
    LoggingConfiguration logging = LoggingConfiguration.parse(machine.loggingConfiguration());
    String traceHeader = ExecutionInputs.traceHeader(input.traceHeader());
    Instant start = context.clock().instant();
    ExecutionResult result =
        context
            .runtime()
            .startSync(
                new StartRequest(
                    machine.stateMachineArn(),
                    machine.definition(),
                    StateMachineType.EXPRESS,
                    name,
                    executionInput,
                    requested.testCase(),
                    logging.enabled(),
                    traceHeader,
                    machine.roleArn()));
    Instant stop = context.clock().instant();
    String executionArn = ExecutionArns.express(machine.stateMachineArn(), name);
    // Not run by the runtime, so not heard by its listeners: its history is logged from here.
    context.logs().log(executionArn, 0, logging, result.history());
    return new StartSyncExecutionOutput(
        executionArn,
        machine.stateMachineArn(),
        name,
        start,
        stop,
        result.status().name(),
        result.error(),
        result.cause(),
        Json.write(executionInput),
        INCLUDED,
        result.output() == null ? null : Json.write(result.output()),
        result.output() == null ? null : INCLUDED,
        traceHeader,
        new BillingDetails(64L, billedMillis(Duration.between(start, stop))));
  }

  /** AWS bills synchronous Express executions by the 100 ms, rounded up. */
  private static long billedMillis(Duration duration) {
    return Math.max(100, (duration.toMillis() + 99) / 100 * 100);
  }
}
