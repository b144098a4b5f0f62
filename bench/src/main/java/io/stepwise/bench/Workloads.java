package io.stepwise.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.asl.validate.ValidationOptions;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.LocalExecution;
import java.io.UncheckedIOException;

/**
 * What every execution benchmark shares: parse a definition once, run it in memory, and refuse to
 * measure a workload that does not succeed (timing a failure path would give flattering figures for
 * the wrong thing).
 */
public final class Workloads {

  private Workloads() {}

  /** Validates and compiles a definition, failing loudly if it is invalid. */
  public static StateMachine parse(String definition) {
    try {
      return DefinitionParser.parse(definition, ValidationOptions.STANDARD);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("Benchmark definition is invalid: " + e.getMessage(), e);
    }
  }

  /** Parses JSON text written in a benchmark. */
  public static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one execution of a parsed machine to its end, waits skipped. */
  public static ExecutionResult run(StateMachine machine, JsonNode input) {
    return run(machine, input, true);
  }

  /** Runs one execution, keeping its history events or not (as Express executions do not). */
  public static ExecutionResult run(StateMachine machine, JsonNode input, boolean history) {
    return LocalExecution.of(machine).input(input).skipWaits(true).recordHistory(history).run();
  }

  /**
   * Runs one execution and checks that it succeeded with the expected output.
   *
   * @return the output, for further checks
   * @throws IllegalStateException if the execution did not succeed or its output differs
   */
  public static JsonNode runChecked(StateMachine machine, JsonNode input, JsonNode expected) {
    ExecutionResult result = run(machine, input);
    if (result.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(
          "Benchmark execution ended "
              + result.status()
              + ": "
              + result.error()
              + ": "
              + result.cause());
    }
    if (expected != null && !expected.equals(result.output())) {
      throw new IllegalStateException(
          "Benchmark execution output "
              + Json.write(result.output())
              + ", expected "
              + Json.write(expected));
    }
    return result.output();
  }
}
