package io.stepwise.bench;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.RuntimeStats;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskResources;
import io.stepwise.store.sql.SqliteExecutionStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-runtime measurements that JMH does not fit: durable state transitions per second with many
 * Standard executions in flight on SQLite, Express executions per second, and the heap that
 * executions parked in a Wait state hold.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.stepwise.bench.DurableRuntimeBench durable [seconds] [concurrency]
 * java -cp bench/target/benchmarks.jar io.stepwise.bench.DurableRuntimeBench express [seconds]
 * java -cp bench/target/benchmarks.jar io.stepwise.bench.DurableRuntimeBench waiting [count] [sqlite|memory]
 * </pre>
 */
public final class DurableRuntimeBench {

  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Bench";
  private static final String CHAIN = PassChainBenchmark.chain(10);
  private static final String WAIT =
      """
      {"StartAt":"Park","States":{"Park":{"Type":"Wait","Seconds":86400,"End":true}}}
      """;

  private DurableRuntimeBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "durable";
    switch (mode) {
      case "durable" -> durable(arg(args, 1, 20), arg(args, 2, 1_000));
      case "express" -> express(arg(args, 1, 10));
      case "waiting" -> waiting(arg(args, 1, 100_000), args.length > 2 ? args[2] : "sqlite");
      default -> throw new IllegalArgumentException("mode: durable, express or waiting");
    }
  }

  /** Standard 10-state Pass chains, {@code concurrency} in flight, on a SQLite file. */
  static void durable(int seconds, int concurrency) throws Exception {
    Path dir = Files.createTempDirectory("stepwise-bench");
    try (SqliteExecutionStore store = SqliteExecutionStore.open(dir.resolve("stepwise.db"));
        ExecutionRuntime runtime = runtime(store)) {
      Semaphore inFlight = new Semaphore(concurrency);
      AtomicLong completed = new AtomicLong();
      long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
      long counted = 0;
      long startedCounting = 0;
      RuntimeStats commitsAtStart = null;
      int i = 0;
      while (System.nanoTime() < end) {
        inFlight.acquire();
        if (commitsAtStart == null && System.nanoTime() >= warmupEnd) {
          commitsAtStart = runtime.stats();
          counted = completed.get();
          startedCounting = System.nanoTime();
        }
        String name = "chain-" + i++;
        Thread.ofVirtual()
            .start(() -> {
              try {
                var record =
                    runtime.start(
                        new StartRequest(
                            MACHINE,
                            CHAIN,
                            StateMachineType.STANDARD,
                            name,
                            Json.parse(PassChainBenchmark.INPUT)));
                if (runtime.awaitEnd(record.executionArn(), Duration.ofMinutes(1)).status()
                    == ExecutionStatus.SUCCEEDED) {
                  completed.incrementAndGet();
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              } finally {
                inFlight.release();
              }
            });
      }
      double elapsed = (System.nanoTime() - startedCounting) / 1e9;
      long executions = completed.get() - counted;
      inFlight.acquire(concurrency); // Let the last ones finish before the store closes.
      RuntimeStats commits = runtime.stats();
      System.out.printf(
          "durable: %d executions in %.1f s = %.0f executions/s = %.0f state transitions/s"
              + " (10 per execution); concurrency %d; starts and steps group-committed:"
              + " %d transactions of %.1f on average%n",
          executions,
          elapsed,
          executions / elapsed,
          executions * 10 / elapsed,
          concurrency,
          commits.commits() - commitsAtStart.commits(),
          (commits.committedSteps() - commitsAtStart.committedSteps())
              / Math.max(1.0, commits.commits() - commitsAtStart.commits()));
    } finally {
      delete(dir);
    }
  }

  /** Synchronous Express 10-state Pass chains on one thread per core. */
  static void express(int seconds) throws Exception {
    try (ExecutionRuntime runtime = runtime(new InMemoryExecutionStore())) {
      int threads = Runtime.getRuntime().availableProcessors();
      AtomicLong done = new AtomicLong();
      long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
      AtomicLong atWarmupEnd = new AtomicLong(-1);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(
            Thread.ofPlatform()
                .start(() -> {
                  try {
                    var input = Json.parse(PassChainBenchmark.INPUT);
                    for (long n = 0; System.nanoTime() < end; n++) {
                      runtime.startSync(
                          new StartRequest(
                              MACHINE, CHAIN, StateMachineType.EXPRESS, thread + "-" + n, input));
                      done.incrementAndGet();
                      if (System.nanoTime() >= warmupEnd) {
                        atWarmupEnd.compareAndSet(-1, done.get());
                      }
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      for (Thread worker : workers) {
        worker.join();
      }
      long executions = done.get() - atWarmupEnd.get();
      System.out.printf(
          "express: %d synchronous executions of a 10-state chain in %d s on %d threads ="
              + " %.0f executions/s%n",
          executions, seconds, threads, executions / (double) seconds);
    }
  }

  /** Starts {@code count} executions that park in a day-long Wait, then measures the heap. */
  static void waiting(int count, String storeKind) throws Exception {
    Path dir = Files.createTempDirectory("stepwise-bench");
    ExecutionStore store =
        "memory".equals(storeKind)
            ? new InMemoryExecutionStore()
            : SqliteExecutionStore.open(dir.resolve("stepwise.db"));
    try (store;
        ExecutionRuntime runtime = runtime(store)) {
      long before = usedHeapAfterGc();
      long started = System.nanoTime();
      var input = Json.parse("{}");
      for (int i = 0; i < count; i++) {
        runtime.start(
            new StartRequest(MACHINE, WAIT, StateMachineType.STANDARD, "park-" + i, input));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      while (runtime.liveExecutions() > 0) {
        Thread.sleep(50);
      }
      long after = usedHeapAfterGc();
      long onDisk = sizeOf(dir);
      System.out.printf(
          "waiting: %d executions parked in a Wait (%s store) in %.1f s (%.0f starts/s);"
              + " in memory: %d; heap used %d MiB more than before (%.0f bytes each);"
              + " platform threads: %d; store on disk %d MiB (%.0f bytes each)%n",
          count,
          storeKind,
          seconds,
          count / seconds,
          runtime.liveExecutions(),
          (after - before) >> 20,
          (after - before) / (double) count,
          ManagementFactory.getThreadMXBean().getThreadCount(),
          onDisk >> 20,
          onDisk / (double) count);
    } finally {
      delete(dir);
    }
  }

  /** The bytes of the files in a directory (the SQLite database and its write-ahead log). */
  private static long sizeOf(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      long total = 0;
      for (Path file : files.toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  /** Removes a temporary store: a million waiting executions take a few hundred MiB of disk. */
  private static void delete(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  private static ExecutionRuntime runtime(ExecutionStore store) {
    return new ExecutionRuntime(
        store, new InMemoryExecutionStore(), TaskResources.none(), Clock.systemUTC());
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
