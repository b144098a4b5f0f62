package io.stepwise.conformance;

/**
 * What became of one case.
 *
 * @param name the case's name
 * @param suite executions, validation or test-state
 * @param category for executions the corpus category ({@code pure}, {@code service}, ...); for
 *     validation the API ({@code CreateStateMachine}, ...)
 * @param family the corpus test family, such as {@code test_base_scenarios}
 * @param status passed, failed or skipped
 * @param difference for a failed case, the first difference
 * @param skipReason for a skipped case, why
 * @param historyDetailsWarning for a passed execution, the first difference in history event
 *     details, if any
 */
public record CaseOutcome(
    String name,
    Suite suite,
    String category,
    String family,
    Status status,
    Difference difference,
    String skipReason,
    Difference historyDetailsWarning) {

  /** Which part of the corpus a case belongs to. */
  public enum Suite {
    EXECUTIONS,
    VALIDATION,
    TEST_STATE
  }

  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }

  static CaseOutcome passed(
      String name, Suite suite, String category, Difference historyDetailsWarning) {
    return new CaseOutcome(
        name,
        suite,
        category,
        CaseFamily.of(name),
        Status.PASSED,
        null,
        null,
        historyDetailsWarning);
  }

  static CaseOutcome failed(String name, Suite suite, String category, Difference difference) {
    return new CaseOutcome(
        name, suite, category, CaseFamily.of(name), Status.FAILED, difference, null, null);
  }

  static CaseOutcome skipped(String name, Suite suite, String category, String reason) {
    return new CaseOutcome(
        name, suite, category, CaseFamily.of(name), Status.SKIPPED, null, reason, null);
  }
}
