package io.stepwise.engine.interpreter;

import java.time.Instant;

/**
 * A Distributed Map's run, as DescribeMapRun reports it: its status, its limits (which UpdateMapRun
 * may change while it runs) and its item counts.
 */
final class MapRun {
  final String arn;
  final Instant startDate;
  final int total;
  Instant stopDate;
  String status = "RUNNING";

  /** The group while it runs; {@code null} once the run has ended. */
  ChildGroup group;

  int maxConcurrency;
  long toleratedFailureCount;
  double toleratedFailurePercentage;
  int succeeded;
  int failed;
  int aborted;
  int redriveCount;
  Instant redriveDate;

  MapRun(String arn, Instant startDate, ChildGroup group, int maxConcurrency) {
    this.arn = arn;
    this.startDate = startDate;
    this.group = group;
    this.total = group.size();
    this.maxConcurrency = maxConcurrency;
    this.toleratedFailureCount = Math.max(0, group.toleratedCount);
    this.toleratedFailurePercentage = Math.max(0, group.toleratedPercentage);
  }

  /** RedriveExecution: the run goes on with the items that did not succeed. */
  void redrive(ChildGroup resumed, Instant at) {
    group = resumed;
    status = "RUNNING";
    stopDate = null;
    aborted = 0;
    redriveCount++;
    redriveDate = at;
  }

  /** Records the run's end, with the iterations still running counted as aborted. */
  void end(String endStatus, Instant at) {
    if (group != null) {
      succeeded = count(group.succeeded);
      failed = group.failed;
      aborted = group.running.size();
      group = null;
    }
    status = endStatus;
    stopDate = at;
  }

  Execution.MapRunView view(String executionArn) {
    int running = group == null ? 0 : group.running.size();
    int done = group == null ? succeeded : count(group.succeeded);
    int failures = group == null ? failed : group.failed;
    int pending = Math.max(0, total - done - failures - running - aborted);
    return new Execution.MapRunView(
        arn,
        executionArn,
        status,
        startDate,
        stopDate,
        maxConcurrency,
        toleratedFailureCount,
        toleratedFailurePercentage,
        new Execution.MapRunCounts(pending, running, done, failures, aborted, total),
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
