package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.LocalExecution;
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
 * A chain of plain Pass states: the interpreter's fixed cost per transition. With {@code states=1}
 * and {@code states=10} the per-execution overhead (ARNs, context object, start and end events) can
 * be told apart from the cost of one Pass transition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class PassChainBenchmark {

  /** Whether the execution keeps its history events: Standard does, Express need not. */
  @Param({"true", "false"})
  public boolean history;

  /** A small order, the kind of payload a Pass chain hands along. */
  public static final String INPUT =
      """
      {"orderId": "o-1001", "customer": "ada", "amount": 42.5, "lines": [1, 2, 3]}
      """;

  @Param({"1", "10"})
  public int states;

  private StateMachine machine;
  private String definition;
  private JsonNode input;

  /** A definition of {@code count} Pass states, each handing its input to the next. */
  public static String chain(int count) {
    StringBuilder out = new StringBuilder("{\"StartAt\": \"Pass1\", \"States\": {");
    for (int i = 1; i <= count; i++) {
      out.append(i == 1 ? "" : ", ").append("\"Pass").append(i).append("\": {\"Type\": \"Pass\", ");
      out.append(i == count ? "\"End\": true}" : "\"Next\": \"Pass" + (i + 1) + "\"}");
    }
    return out.append("}}").toString();
  }

  @Setup
  public void setUp() {
    definition = chain(states);
    machine = Workloads.parse(definition);
    input = Workloads.json(INPUT);
    Workloads.runChecked(machine, input, input);
  }

  /** One execution of an already compiled machine. */
  @Benchmark
  public ExecutionResult execute() {
    return Workloads.run(machine, input, history);
  }

  /** Validate, compile and run: what a caller pays who does not keep the parsed machine. */
  @Benchmark
  public ExecutionResult parseAndExecute() throws Exception {
    return LocalExecution.parse(definition).input(input).skipWaits(true).run();
  }
}
