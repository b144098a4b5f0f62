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
 * Five Pass states whose {@code Parameters} call intrinsic functions (17 calls in all: formatting,
 * arrays, JSON merging and (de)serialisation, hashing, encoding, string splitting, arithmetic).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class IntrinsicBenchmark {

  /** Whether the execution keeps its history events: Standard does, Express need not. */
  @Param({"true", "false"})
  public boolean history;

  public static final int STATES = 5;

  public static final String DEFINITION =
      """
      {
        "StartAt": "Strings",
        "States": {
          "Strings": {
            "Type": "Pass",
            "Parameters": {
              "greeting.$": "States.Format('Hello {}, your order {} has {} lines', $.customer.name, $.orderId, $.lineCount)",
              "tags.$": "States.StringSplit($.tagList, ',')",
              "encoded.$": "States.Base64Encode($.customer.name)"
            },
            "ResultPath": "$.strings",
            "Next": "Arrays"
          },
          "Arrays": {
            "Type": "Pass",
            "Parameters": {
              "pair.$": "States.Array($.orderId, $.lineCount)",
              "range.$": "States.ArrayRange(1, 20, 1)",
              "chunks.$": "States.ArrayPartition($.prices, 2)",
              "hasTen.$": "States.ArrayContains($.prices, 10)",
              "distinct.$": "States.ArrayUnique($.prices)",
              "count.$": "States.ArrayLength($.prices)",
              "second.$": "States.ArrayGetItem($.prices, 1)"
            },
            "ResultPath": "$.arrays",
            "Next": "Objects"
          },
          "Objects": {
            "Type": "Pass",
            "Parameters": {
              "merged.$": "States.JsonMerge($.customer, $.overrides, false)",
              "text.$": "States.JsonToString($.customer)",
              "parsed.$": "States.StringToJson($.settingsText)"
            },
            "ResultPath": "$.objects",
            "Next": "Hashes"
          },
          "Hashes": {
            "Type": "Pass",
            "Parameters": {
              "sha256.$": "States.Hash($.orderId, 'SHA-256')",
              "md5.$": "States.Hash($.customer.name, 'MD5')"
            },
            "ResultPath": "$.hashes",
            "Next": "Arithmetic"
          },
          "Arithmetic": {
            "Type": "Pass",
            "Parameters": {
              "next.$": "States.MathAdd($.lineCount, 1)",
              "decoded.$": "States.Base64Decode($.strings.encoded)"
            },
            "ResultPath": "$.arithmetic",
            "End": true
          }
        }
      }
      """;

  public static final String INPUT =
      """
      {
        "orderId": "o-1001",
        "lineCount": 4,
        "customer": {"name": "Ada Lovelace", "tier": "gold", "address": {"city": "London"}},
        "overrides": {"tier": "platinum", "newsletter": true},
        "tagList": "priority,gift,fragile,express",
        "settingsText": "{\\"currency\\": \\"EUR\\", \\"rounding\\": 2}",
        "prices": [10, 25, 10, 7.5, 99, 25]
      }
      """;

  private StateMachine machine;
  private JsonNode input;

  @Setup
  public void setUp() {
    machine = Workloads.parse(DEFINITION);
    input = Workloads.json(INPUT);
    Workloads.runChecked(machine, input, null);
  }

  /** One execution of the five intrinsic-heavy states. */
  @Benchmark
  public ExecutionResult execute() {
    return Workloads.run(machine, input, history);
  }
}
