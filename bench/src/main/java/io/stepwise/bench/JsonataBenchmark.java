package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
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
 * Three JSONata Pass states that compute with {@code Assign} and {@code Output}: sums over an
 * array, filters, string functions, object merging and variables carried between states (10
 * expressions an execution, over an order of 20 lines). As on AWS, a state's {@code Output} sees
 * the variables as they were before its own {@code Assign}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonataBenchmark {

  /** Whether the execution keeps its history events: Standard does, Express need not. */
  @Param({"true", "false"})
  public boolean history;

  public static final int STATES = 3;
  public static final int LINES = 20;

  public static final String DEFINITION =
      """
      {
        "QueryLanguage": "JSONata",
        "StartAt": "Totals",
        "States": {
          "Totals": {
            "Type": "Pass",
            "Assign": {
              "total": "{% $sum($states.input.lines.(price * quantity)) %}",
              "lineCount": "{% $count($states.input.lines) %}",
              "customer": "{% $states.input.customer %}"
            },
            "Next": "Summary"
          },
          "Summary": {
            "Type": "Pass",
            "Output": {
              "customer": "{% $uppercase($customer.name) %}",
              "total": "{% $round($total, 2) %}",
              "average": "{% $round($total / $lineCount, 2) %}",
              "expensive": "{% $states.input.lines[price > 15].sku %}"
            },
            "Next": "Label"
          },
          "Label": {
            "Type": "Pass",
            "Assign": {"expensiveCount": "{% $count($states.input.expensive) %}"},
            "Output": "{% $merge([$states.input, {'label': $join($states.input.expensive, '-'), 'city': $customer.address.city}]) %}",
            "End": true
          }
        }
      }
      """;

  private StateMachine machine;
  private JsonNode input;

  /** An order of {@code lines} lines with prices 1, 2, ... and quantity 2. */
  public static JsonNode input(int lines) {
    ObjectNode root = Json.NODES.objectNode();
    root.putObject("customer")
        .put("name", "Ada Lovelace")
        .putObject("address")
        .put("city", "London");
    ArrayNode items = root.putArray("lines");
    for (int i = 1; i <= lines; i++) {
      items.addObject().put("sku", "sku-" + i).put("price", i).put("quantity", 2);
    }
    return root;
  }

  @Setup
  public void setUp() {
    machine = Workloads.parse(DEFINITION);
    input = input(LINES);
    Workloads.runChecked(machine, input, null);
  }

  /** One execution of the three JSONata states. */
  @Benchmark
  public ExecutionResult execute() {
    return Workloads.run(machine, input, history);
  }
}
