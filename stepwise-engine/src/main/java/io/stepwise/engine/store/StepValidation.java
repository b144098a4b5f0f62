package io.stepwise.engine.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks every store makes before it writes a step, so that all backends reject the same things
 * with the same messages.
 */
public final class StepValidation {
  private StepValidation() {}

  /**
   * Checks that a start step belongs to its record and is the journal's first entry.
   *
   * @throws IllegalArgumentException if not
   */
  public static void checkStart(ExecutionRecord record, StepRecord start) {
    if (!record.executionArn().equals(start.executionArn()) || start.sequence() != 1) {
      throw new IllegalArgumentException(
          "Expected the start step of "
              + record.executionArn()
              + " at sequence 1, but it is of "
              + start.executionArn()
              + " at sequence "
              + start.sequence());
    }
  }

  /**
   * Checks that each step follows the last committed step of its execution, or the batch's previous
   * step of the same execution.
   *
   * @param lastSequence the last committed sequence of an execution, or {@code null} when it does
   *     not exist; asked once per execution
   * @throws IllegalStateException naming the execution and the sequences, for the first step that
   *     does not follow
   */
  public static void checkSequences(List<StepRecord> steps, Function<String, Long> lastSequence) {
    Map<String, Long> last = new HashMap<>();
    for (StepRecord step : steps) {
      String arn = step.executionArn();
      Long previous = last.containsKey(arn) ? last.get(arn) : lastSequence.apply(arn);
      if (previous == null) {
        throw new IllegalStateException("Execution Does Not Exist: '" + arn + "'");
      }
      if (step.sequence() != previous + 1) {
        throw new IllegalStateException(
            "Expected step "
                + (previous + 1)
                + " of "
                + arn
                + ", but the step to commit is "
                + step.sequence()
                + " (a stale writer?)");
      }
      last.put(arn, step.sequence());
    }
  }
}
