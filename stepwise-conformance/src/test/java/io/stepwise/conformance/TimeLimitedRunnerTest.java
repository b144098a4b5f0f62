package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.conformance.CaseOutcome.Status;
import io.stepwise.conformance.CaseOutcome.Suite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLimitedRunnerTest {

  private final TimeLimitedRunner runner =
      new TimeLimitedRunner(Duration.ofMillis(300), Duration.ofMinutes(1), 2);

  @Test
  void outcomesKeepTheOrderOfTheCases() throws Exception {
    List<CaseOutcome> outcomes =
        runner.runAll(
            List.of("a", "b", "c"), TimeLimitedRunnerTest::pass, TimeLimitedRunnerTest::fail);

    assertThat(outcomes).extracting(CaseOutcome::name).containsExactly("a", "b", "c");
    assertThat(outcomes).extracting(CaseOutcome::status).containsOnly(Status.PASSED);
  }

  @Test
  void aCaseThatThrowsFailsWithTheExceptionAsItsDifference() throws Exception {
    List<CaseOutcome> outcomes =
        runner.runAll(
            List.of("boom"),
            name -> {
              throw new UnsupportedOperationException("not yet");
            },
            TimeLimitedRunnerTest::fail);

    assertThat(outcomes.get(0).difference())
        .isEqualTo(
            new Difference("$", "a result", "java.lang.UnsupportedOperationException: not yet"));
  }

  @Test
  void aCaseThatHangsIsAbandonedAtItsLimit() throws Exception {
    long start = System.nanoTime();
    List<CaseOutcome> outcomes =
        runner.runAll(
            List.of("spin", "ok"),
            name -> {
              if (name.equals("spin")) {
                while (true) {
                  Thread.onSpinWait(); // Ignores interruption, as a runaway interpreter would.
                }
              }
              return pass(name);
            },
            TimeLimitedRunnerTest::fail);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(outcomes.get(0).status()).isEqualTo(Status.FAILED);
    assertThat(outcomes.get(0).difference().actual()).contains("still running after 300 ms");
    assertThat(outcomes.get(1).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void casesNotStartedWithinTheSuiteBudgetFail() throws Exception {
    TimeLimitedRunner spent = new TimeLimitedRunner(Duration.ofSeconds(1), Duration.ZERO, 1);

    List<CaseOutcome> outcomes =
        spent.runAll(List.of("late"), TimeLimitedRunnerTest::pass, TimeLimitedRunnerTest::fail);

    assertThat(outcomes.get(0).difference().actual()).contains("time budget");
  }

  private static CaseOutcome pass(String name) {
    return CaseOutcome.passed(name, Suite.EXECUTIONS, "pure", null);
  }

  private static CaseOutcome fail(String name, Difference difference) {
    return CaseOutcome.failed(name, Suite.EXECUTIONS, "pure", difference);
  }
}
