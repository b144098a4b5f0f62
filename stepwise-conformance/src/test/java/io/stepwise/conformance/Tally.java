package io.stepwise.conformance;

import java.util.Collection;

/** How many cases of a group passed, failed and were skipped. */
record Tally(int passed, int failed, int skipped) {

  static Tally of(Collection<CaseOutcome> outcomes) {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (CaseOutcome outcome : outcomes) {
      switch (outcome.status()) {
        case PASSED -> passed++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
    }
    return new Tally(passed, failed, skipped);
  }

  /** The cases that ran. */
  int runnable() {
    return passed + failed;
  }

  /** The share of runnable cases that passed; 0 when none ran. */
  double passRate() {
    return runnable() == 0 ? 0.0 : (double) passed / runnable();
  }

  /** The rate as a percentage with one decimal, or {@code -} when nothing ran. */
  String percent() {
    return runnable() == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * passRate());
  }

  /** {@code N passed, M failed, K skipped}. */
  String counts() {
    return passed + " passed, " + failed + " failed, " + skipped + " skipped";
  }
}
