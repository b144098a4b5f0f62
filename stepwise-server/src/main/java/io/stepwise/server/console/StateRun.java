package io.stepwise.server.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a state (a state in a loop or a Map's iteration runs many times), read from history.
 *
 * @param number 1 for the first run of the state, counting up
 * @param status SUCCEEDED, CAUGHT_ERROR, FAILED, RUNNING, or the execution's end when it stopped it
 * @param input the state's input (StateEntered), or {@code null}
 * @param output the state's output (StateExited), or {@code null}
 * @param assigned the variables it assigned, by name, each as JSON text
 * @param error the last error in the run (caught or not), or {@code null}
 * @param attempts each invocation of its task (a Task retried once has two), oldest first
 * @param iterations a Map's iterations, by index
 * @param mapRuns a Distributed Map's runs (DescribeMapRun)
 */
public record StateRun(
    int number,
    long enteredEventId,
    Instant entered,
    Instant exited,
    String status,
    String input,
    String output,
    Map<String, String> assigned,
    String error,
    String cause,
    List<Attempt> attempts,
    List<Iteration> iterations,
    List<MapRun> mapRuns) {

  /** How long the run took (so far, if it runs). */
  public String duration() {
    return Formats.duration(entered, exited);
  }

  /** One invocation of a state's task. */
  public record Attempt(
      int number,
      String resource,
      Instant scheduled,
      Instant started,
      Instant ended,
      String outcome,
      String error,
      String cause) {

    public String duration() {
      return Formats.duration(scheduled, ended);
    }
  }

  /** One iteration of an inline Map. */
  public record Iteration(long index, String status, Instant started, Instant ended) {}

  /**
   * A Distributed Map's run: {@code counts} are DescribeMapRun's item counts.
   *
   * @param status the map run's status
   */
  public record MapRun(String arn, String status, io.stepwise.server.model.MapRunCounts counts) {}
}
