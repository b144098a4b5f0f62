package io.stepwise.engine.store;

import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import java.time.Instant;

/**
 * What the store keeps about one execution besides its journal and history: what {@code
 * DescribeExecution} and {@code ListExecutions} answer from.
 *
 * @param executionArn the execution's ARN, its key
 * @param stateMachineArn the state machine (or version) it runs
 * @param name the execution name, unique per state machine
 * @param type STANDARD or EXPRESS
 * @param definition the definition text it runs: running executions keep theirs when the state
 *     machine is updated
 * @param input the input as JSON text
 * @param seed the seed of its random generator, so that replaying the journal repeats it
 * @param status RUNNING until it ends
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null}
 * @param output the output as JSON text for SUCCEEDED, else {@code null}
 * @param error the error of any other end, or {@code null}
 * @param cause the cause of any other end, or {@code null}
 * @param redriveCount how many times it has been redriven
 * @param testCase the Step Functions Local test case it runs, or {@code null}: its mocked Task
 *     states must stay mocked when it is rebuilt after a restart
 * @param traceHeader the trace header it was started with, or {@code null}: its trace goes on under
 *     the same trace id after a restart or a redrive
 * @param roleArn the role it runs as (its state machine's when it started), or {@code null} for one
 *     derived from the state machine's ARN: replaying its journal must name the same role
 */
public record ExecutionRecord(
    String executionArn,
    String stateMachineArn,
    String name,
    StateMachineType type,
    String definition,
    String input,
    long seed,
    ExecutionStatus status,
    Instant startDate,
    Instant stopDate,
    String output,
    String error,
    String cause,
    int redriveCount,
    String testCase,
    String traceHeader,
    String roleArn) {

  /** This record running again after RedriveExecution: no end, one more redrive. */
  public ExecutionRecord redriven() {
    return new ExecutionRecord(
        executionArn,
        stateMachineArn,
        name,
        type,
        definition,
        input,
        seed,
        ExecutionStatus.RUNNING,
        startDate,
        null,
        null,
        null,
        null,
        redriveCount + 1,
        testCase,
        traceHeader,
        roleArn);
  }

  /** This record with the end of the execution filled in. */
  public ExecutionRecord ended(ExecutionEnd end) {
    return new ExecutionRecord(
        executionArn,
        stateMachineArn,
        name,
        type,
        definition,
        input,
        seed,
        end.status(),
        startDate,
        end.stopDate(),
        end.output(),
        end.error(),
        end.cause(),
        redriveCount,
        testCase,
        traceHeader,
        roleArn);
  }
}
