package io.stepwise.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.run.StateMachineType;

/**
 * What starting an execution needs.
 *
 * @param stateMachineArn the state machine (or version) to run
 * @param definition its definition text, which the execution keeps for its whole life
 * @param type STANDARD or EXPRESS
 * @param executionName the execution name, unique per state machine
 * @param input the input
 * @param testCase the Step Functions Local test case to run (its Task states answered by mocked
 *     responses), or {@code null}; kept with the execution, so that it survives a restart
 * @param recordsHistory whether an Express execution records its history events (Standard ones
 *     always do): for its state machine's execution log. They reach the runtime's listeners; the
 *     Express store does not keep them
 * @param traceHeader the trace header StartExecution was given (X-Ray's {@code Root=...} or W3C's
 *     {@code traceparent} form), or {@code null}; kept with the execution, for its trace
 * @param roleArn the state machine's role, which {@code ExecutionStarted} and {@code
 *     $$.Execution.RoleArn} name; {@code null} for one derived from the state machine's ARN
 */
public record StartRequest(
    String stateMachineArn,
    String definition,
    StateMachineType type,
    String executionName,
    JsonNode input,
    String testCase,
    boolean recordsHistory,
    String traceHeader,
    String roleArn) {

  /** A start with no trace header, of an Express execution without history or a Standard one. */
  public StartRequest(
      String stateMachineArn,
      String definition,
      StateMachineType type,
      String executionName,
      JsonNode input,
      String testCase) {
    this(stateMachineArn, definition, type, executionName, input, testCase, false, null, null);
  }

  /** A start that runs no test case. */
  public StartRequest(
      String stateMachineArn,
      String definition,
      StateMachineType type,
      String executionName,
      JsonNode input) {
    this(stateMachineArn, definition, type, executionName, input, null, false, null, null);
  }
}
