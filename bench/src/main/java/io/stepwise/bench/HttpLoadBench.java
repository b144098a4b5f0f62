package io.stepwise.bench;

import io.stepwise.server.Server;
import io.stepwise.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API under load over loopback HTTP: a many-threaded client sends StartSyncExecution of a
 * 10-state Express Pass chain (or StartExecution of a Standard one) for a while, and the requests
 * per second and the latency percentiles are printed.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.stepwise.bench.HttpLoadBench [seconds] [clients] [sync|standard]
 * </pre>
 */
public final class HttpLoadBench {

  private HttpLoadBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    boolean sync = args.length <= 2 || !"standard".equals(args[2]);
    Path data = Files.createTempDirectory("stepwise-http-bench");
    Server server = new Server(ServerConfig.of(0, data));
    int port = server.start();
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
      String definition = PassChainBenchmark.chain(10).replace("\"", "\\\"");
      String created =
          call(
              http,
              endpoint,
              "CreateStateMachine",
              "{\"name\":\"load\",\"type\":\""
                  + (sync ? "EXPRESS" : "STANDARD")
                  + "\",\"roleArn\":\"arn:aws:iam::123456789012:role/load\",\"definition\":\""
                  + definition
                  + "\"}");
      String machineArn = created.replaceAll(".*\"stateMachineArn\":\"([^\"]+)\".*", "$1");
      String action = sync ? "StartSyncExecution" : "StartExecution";
      AtomicLong sequence = new AtomicLong();
      long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
      List<long[]> perClient = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long[] latencies = new long[5_000_000 / clients];
        perClient.add(latencies);
        int client = c;
        threads.add(
            Thread.ofVirtual()
                .start(() -> {
                  int n = 0;
                  try {
                    while (System.nanoTime() < end) {
                      String body =
                          "{\"stateMachineArn\":\""
                              + machineArn
                              + "\",\"name\":\"e-"
                              + sequence.incrementAndGet()
                              + "\",\"input\":\"{\\\"n\\\":"
                              + client
                              + "}\"}";
                      long started = System.nanoTime();
                      call(http, endpoint, action, body);
                      long took = System.nanoTime() - started;
                      if (started >= warmupEnd && n < latencies.length) {
                        latencies[n++] = took;
                      }
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  latencies[latencies.length - 1] = n; // count kept in the last slot
                }));
      }
      for (Thread thread : threads) {
        thread.join();
      }
      List<Long> all = new ArrayList<>();
      for (long[] latencies : perClient) {
        long count = latencies[latencies.length - 1];
        for (int i = 0; i < count; i++) {
          all.add(latencies[i]);
        }
      }
      long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(sorted);
      System.out.printf(
          "http: %s of a 10-state %s Pass chain, %d clients, %d s: %.0f requests/s,"
              + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          action,
          sync ? "Express" : "Standard",
          clients,
          seconds,
          sorted.length / (double) seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    } finally {
      server.close();
    }
  }

  private static String call(HttpClient http, URI endpoint, String action, String body)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + action)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          action + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }
}
