package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.run.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A loop: a Pass state adds one to a counter with {@code States.MathAdd} and a Choice state sends
 * it back until the counter reaches 100. 202 transitions an execution (Init, 100 × Increment and
 * Check, Done).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class ChoiceLoopBenchmark {

  /** Whether the execution keeps its history events: Standard does, Express need not. */
  @Param({"true", "false"})
  public boolean history;

  public static final int LIMIT = 100;

  /** Init, then Increment and Check {@value #LIMIT} times each, then Done. */
  public static final int TRANSITIONS = 2 + 2 * LIMIT;

  public static final String DEFINITION =
      """
      {
        "StartAt": "Init",
        "States": {
          "Init": {"Type": "Pass", "Result": {"count": 0}, "Next": "Increment"},
          "Increment": {
            "Type": "Pass",
            "Parameters": {"count.$": "States.MathAdd($.count, 1)"},
            "Next": "Check"
          },
          "Check": {
            "Type": "Choice",
            "Choices": [{"Variable": "$.count", "NumericLessThan": 100, "Next": "Increment"}],
            "Default": "Done"
          },
          "Done": {"Type": "Succeed"}
        }
      }
      """;

  private StateMachine machine;
  private JsonNode input;

  @Setup
  public void setUp() {
    machine = Workloads.parse(DEFINITION);
    input = Workloads.json("{}");
    Workloads.runChecked(machine, input, Workloads.json("{\"count\": " + LIMIT + "}"));
  }

  /** One execution of the whole loop. */
  @Benchmark
  public ExecutionResult execute() {
    return Workloads.run(machine, input, history);
  }
}
