package io.stepwise.engine.interpreter;

import java.time.Instant;

/**
 * A Distributed Map's run, as DescribeMapRun reports it: its status, its limits (which UpdateMapRun
 * may change while it runs) and its item counts, read from the run's child group.
 */
final class MapRun {
  final String arn;
  final Instant startDate;
  final ChildGroup group;
  String status = "RUNNING";
  Instant stopDate;

  /** As AWS reports it: 0 for no limit (the group's own limit is then the largest int). */
  int maxConcurrency;

  /** The iterations that were running when the run ended; they never finish. */
  int aborted;

  int redriveCount;
  Instant redriveDate;

  MapRun(String arn, Instant startDate, ChildGroup group, int maxConcurrency) {
    this.arn = arn;
    this.startDate = startDate;
    this.group = group;
    this.maxConcurrency = maxConcurrency;
  }

  boolean running() {
    return status.equals("RUNNING");
  }

  /** RedriveExecution: the run goes on with the items that did not succeed. */
  void redrive(Instant at) {
    status = "RUNNING";
    stopDate = null;
    aborted = 0;
    redriveCount++;
    redriveDate = at;
  }

  /** Records the run's end, with the iterations still running counted as aborted. */
  void end(String endStatus, Instant at) {
    aborted = group.running.size();
    status = endStatus;
    stopDate = at;
  }

  Execution.MapRunView view(String executionArn) {
    int running = running() ? group.running.size() : 0;
    int succeeded = count(group.succeeded);
    int total = group.size();
    int pending = Math.max(0, total - succeeded - group.failed - running - aborted);
    return new Execution.MapRunView(
        arn,
        executionArn,
        status,
        startDate,
        stopDate,
        maxConcurrency,
        Math.max(0, group.toleratedCount), // The group keeps -1 for "none"; AWS shows 0.
        Math.max(0, group.toleratedPercentage),
        new Execution.MapRunCounts(pending, running, succeeded, group.failed, aborted, total),
        redriveCount,
        redriveDate);
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean flag : flags) {
      if (flag) {
        n++;
      }
    }
    return n;
  }
}
