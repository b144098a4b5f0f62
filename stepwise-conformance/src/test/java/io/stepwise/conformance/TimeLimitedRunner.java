package io.stepwise.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs cases in parallel, each with a time limit, so that no case can hang the suite: a case that
 * throws or overruns becomes a failure naming the exception or the limit.
 *
 * <p>Each case runs on its own daemon platform thread, abandoned when it overruns. Not a virtual
 * thread: a case stuck in a loop that never blocks would hold a carrier thread of the small shared
 * scheduler for good, slowing every later case, whereas an abandoned platform thread only takes its
 * share of the CPU and dies with the JVM.
 */
final class TimeLimitedRunner {

  private final Duration caseLimit;
  private final Duration suiteBudget;
  private final int parallelism;

  /**
   * @param caseLimit how long one case may run
   * @param suiteBudget how long all cases of one run may take; cases not started by then fail
   * @param parallelism how many cases run at once
   */
  TimeLimitedRunner(Duration caseLimit, Duration suiteBudget, int parallelism) {
    this.caseLimit = caseLimit;
    this.suiteBudget = suiteBudget;
    this.parallelism = parallelism;
  }

  /**
   * Judges every case, in parallel; the outcomes come back in the order of the cases.
   *
   * @param judge runs and judges one case
   * @param failure the outcome of a case that threw, overran or was not started, from its first
   *     difference
   */
  <C> List<CaseOutcome> runAll(
      List<C> cases, Function<C, CaseOutcome> judge, BiFunction<C, Difference, CaseOutcome> failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + suiteBudget.toNanos();
    ExecutorService caseThreads =
        Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("conformance-case-", 0).factory());
    ExecutorService workers = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<CaseOutcome>> outcomes = new ArrayList<>();
      for (C testCase : cases) {
        outcomes.add(workers.submit(() -> runOne(testCase, judge, failure, caseThreads, deadline)));
      }
      List<CaseOutcome> results = new ArrayList<>();
      for (Future<CaseOutcome> outcome : outcomes) {
        results.add(join(outcome));
      }
      return results;
    } finally {
      workers.shutdownNow();
      // Not close(): that would wait for abandoned cases, which may never end.
      caseThreads.shutdownNow();
    }
  }

  private <C> CaseOutcome runOne(
      C testCase,
      Function<C, CaseOutcome> judge,
      BiFunction<C, Difference, CaseOutcome> failure,
      ExecutorService caseThreads,
      long deadline)
      throws InterruptedException {
    if (System.nanoTime() > deadline) {
      return failure.apply(
          testCase,
          new Difference(
              "$", "a run", "not run: the suite's time budget of " + suiteBudget + " was spent"));
    }
    Future<CaseOutcome> running = caseThreads.submit(() -> judge.apply(testCase));
    try {
      return running.get(caseLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException overrun) {
      running.cancel(true);
      return failure.apply(
          testCase,
          new Difference(
              "$",
              "an end within " + caseLimit.toMillis() + " ms",
              "still running after " + caseLimit.toMillis() + " ms: abandoned"));
    } catch (ExecutionException thrown) {
      return failure.apply(testCase, thrownDifference(thrown.getCause()));
    }
  }

  /** A case that threw: the exception's class and message are its first difference. */
  static Difference thrownDifference(Throwable thrown) {
    return new Difference(
        "$", "a result", thrown.getClass().getName() + ": " + thrown.getMessage());
  }

  private static CaseOutcome join(Future<CaseOutcome> outcome) throws InterruptedException {
    try {
      return outcome.get();
    } catch (ExecutionException bug) {
      // runOne turns every failure of a case into an outcome; this is a bug of the runner itself.
      throw new IllegalStateException("the conformance runner failed", bug.getCause());
    }
  }
}
