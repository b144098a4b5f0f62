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
 * An inline Map over 100 items whose iterations each run two Pass states: the cost of child frames,
 * iteration events and collecting results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class InlineMapBenchmark {

  /** Whether the execution keeps its history events: Standard does, Express need not. */
  @Param({"true", "false"})
  public boolean history;

  public static final int ITEMS = 100;

  public static final String DEFINITION =
      """
      {
        "StartAt": "EachItem",
        "States": {
          "EachItem": {
            "Type": "Map",
            "ItemsPath": "$.items",
            "ItemProcessor": {
              "ProcessorConfig": {"Mode": "INLINE"},
              "StartAt": "Shape",
              "States": {
                "Shape": {
                  "Type": "Pass",
                  "Parameters": {"id.$": "$.id", "sku.$": "$.sku", "kind": "line"},
                  "Next": "Done"
                },
                "Done": {"Type": "Pass", "End": true}
              }
            },
            "End": true
          }
        }
      }
      """;

  private StateMachine machine;
  private JsonNode input;

  /** {@code {"items": [{"id": 0, "sku": "sku-0", "price": 0}, ...]}} with {@code count} items. */
  public static JsonNode input(int count) {
    ObjectNode root = Json.NODES.objectNode();
    ArrayNode items = root.putArray("items");
    for (int i = 0; i < count; i++) {
      items.addObject().put("id", i).put("sku", "sku-" + i).put("price", i * 1.5);
    }
    return root;
  }

  /** What the Map outputs for {@link #input(int)}. */
  public static JsonNode expectedOutput(int count) {
    ArrayNode out = Json.NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      out.addObject().put("id", i).put("sku", "sku-" + i).put("kind", "line");
    }
    return out;
  }

  @Setup
  public void setUp() {
    machine = Workloads.parse(DEFINITION);
    input = input(ITEMS);
    Workloads.runChecked(machine, input, expectedOutput(ITEMS));
  }

  /** One execution: a Map state, 100 iterations, 200 Pass transitions. */
  @Benchmark
  public ExecutionResult execute() {
    return Workloads.run(machine, input, history);
  }
}
