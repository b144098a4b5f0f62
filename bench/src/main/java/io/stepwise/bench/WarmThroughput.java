package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.LocalExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm throughput of the in-process API, the Stepwise half of the side-by-side comparison with
 * aws-local-stepfunctions ({@code bench/peer/warm.mjs} is the other half and prints the same JSON).
 * Each workload of {@code bench/workloads} ({@code <name>.asl.json}, its input and its expected
 * output) runs on one thread, one execution after another, for a warm-up and then a measured time.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.stepwise.bench.WarmThroughput bench/workloads [warmup-s] [measure-s] [name...]
 * </pre>
 *
 * <p>Executions run as {@code LocalExecution} runs them by default: Standard, history kept. The
 * peer keeps an event log of every execution too. {@code -Dstepwise.bench.history=false} runs them
 * without history, as Express executions without logging run, to show what history costs.
 */
public final class WarmThroughput {

  private static final boolean HISTORY =
      Boolean.parseBoolean(System.getProperty("stepwise.bench.history", "true"));

  private WarmThroughput() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/workloads");
    double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
    List<String> names = args.length > 3 ? List.of(args).subList(3, args.length) : names(dir);
    ObjectNode report = Json.NODES.objectNode();
    report.put("engine", "stepwise");
    report.put("runtime", "Java " + Runtime.version());
    report.put("history", HISTORY);
    report.put("warmupSeconds", warmup).put("seconds", seconds);
    ObjectNode results = report.putObject("workloads");
    for (String name : names) {
      results.set(name, measure(dir, name, warmup, seconds));
    }
    System.out.println(Json.write(report));
  }

  /** The workloads of a directory: every {@code <name>.asl.json}, by name. */
  static List<String> names(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".asl.json"))
          .sorted()
          .forEach(file -> names.add(file.substring(0, file.length() - ".asl.json".length())));
    }
    return names;
  }

  /** Checks one workload's output, then runs it for the warm-up and the measured time. */
  static ObjectNode measure(Path dir, String name, double warmup, double seconds)
      throws IOException {
    StateMachine machine = Workloads.parse(Files.readString(dir.resolve(name + ".asl.json")));
    JsonNode input = Json.parse(Files.readString(dir.resolve(name + ".input.json")));
    JsonNode expected = Json.parse(Files.readString(dir.resolve(name + ".expected.json")));
    ExecutionResult first = run(machine, input);
    if (first.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(name + " ended " + first.status() + ": " + first.cause());
    }
    // Re-reading the output gives its numbers the node types the expected file has.
    boolean matches = Json.parse(Json.write(first.output())).equals(expected);
    runFor(machine, input, warmup);
    long start = System.nanoTime();
    long executions = runFor(machine, input, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    ObjectNode out = Json.NODES.objectNode();
    out.put("executionsPerSecond", Math.round(executions / elapsed * 10) / 10.0);
    out.put("executions", executions);
    out.put("outputMatchesExpected", matches);
    return out;
  }

  private static long runFor(StateMachine machine, JsonNode input, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long executions = 0;
    while (System.nanoTime() < end) {
      if (run(machine, input).status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException("An execution failed while measured");
      }
      executions++;
    }
    return executions;
  }

  private static ExecutionResult run(StateMachine machine, JsonNode input) {
    return LocalExecution.of(machine).input(input).recordHistory(HISTORY).run();
  }
}
