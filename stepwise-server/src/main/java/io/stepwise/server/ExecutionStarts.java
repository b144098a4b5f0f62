package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.machines.LoggingConfiguration;
import io.stepwise.engine.machines.ResolvedStateMachine;
import io.stepwise.engine.runtime.ExecutionLimitExceededException;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.integrations.mock.TestCaseArn;

/**
 * StartExecution, as a client's request and a nested execution's task both make it: a state
 * machine, version or alias (with a mock-config {@code #TestCase} where the server has a file), the
 * name checked or chosen, and the version or alias that started it remembered.
 */
public final class ExecutionStarts {

  private ExecutionStarts() {}

  /**
   * @param name the name asked for, or {@code null} for a random one
   * @throws RuntimeException the API's errors (state machine not found, name taken, ...), which
   *     {@link io.stepwise.server.protocol.ErrorMapper} answers
   */
  public static ExecutionRecord start(
      ServerContext context, String stateMachineArn, String name, JsonNode input) throws Exception {
    return start(context, stateMachineArn, name, input, null);
  }

  /**
   * As {@link #start(ServerContext, String, String, JsonNode)}, with the trace header the execution
   * keeps (checked by {@link ExecutionInputs#traceHeader}), or {@code null}.
   */
  public static ExecutionRecord start(
      ServerContext context,
      String stateMachineArn,
      String name,
      JsonNode input,
      String traceHeader)
      throws Exception {
    TestCaseArn requested = MockTestCases.read(context, stateMachineArn);
    ResolvedStateMachine machine = context.registry().resolve(requested.stateMachineArn());
    String executionName = ExecutionInputs.name(name);
    LoggingConfiguration logging = context.logging().parse(machine.loggingConfiguration());
    context.logging().starting(machine.stateMachineArn(), executionName, logging);
    ExecutionRecord execution;
    try {
      execution =
          context
              .runtime()
              .start(
                  new StartRequest(
                      machine.stateMachineArn(),
                      machine.definition(),
                      machine.type(),
                      executionName,
                      input,
                      requested.testCase(),
                      // Express executions keep no history, unless it is to be logged.
                      logging.enabled(),
                      traceHeader,
                      machine.roleArn()));
    } catch (ExecutionLimitExceededException e) {
      context.metrics().throttled(machine.stateMachineArn());
      context.logging().notStarted(machine.stateMachineArn(), executionName);
      throw e;
    } catch (Exception e) {
      context.logging().notStarted(machine.stateMachineArn(), executionName);
      throw e;
    }
    context.origins().record(execution.executionArn(), machine.versionArn(), machine.aliasArn());
    return execution;
  }
}
