package io.stepwise.engine.machines;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEventType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** AWS's table of which event types each log level logs ("Log levels", developer guide). */
class LogLevelTest {

  /** The rows of AWS's table that have a mark under ERROR. */
  private static final List<String> AWS_ERROR_ROWS =
      List.of(
          "ExecutionAborted",
          "ExecutionFailed",
          "ExecutionTimedOut",
          "FailStateEntered",
          "LambdaFunctionFailed",
          "LambdaFunctionScheduleFailed",
          "LambdaFunctionStartFailed",
          "LambdaFunctionTimedOut",
          "MapIterationAborted",
          "MapIterationFailed",
          "MapStateAborted",
          "MapStateFailed",
          "ParallelStateAborted",
          "ParallelStateFailed",
          "TaskFailed",
          "TaskStartFailed",
          "TaskStateAborted",
          "TaskSubmitFailed",
          "TaskTimedOut",
          "WaitStateAborted");

  /** The rows of AWS's table with no mark under ERROR. */
  private static final List<String> AWS_OTHER_ROWS =
      List.of(
          "ChoiceStateEntered",
          "ChoiceStateExited",
          "ExecutionStarted",
          "ExecutionSucceeded",
          "LambdaFunctionScheduled",
          "LambdaFunctionStarted",
          "LambdaFunctionSucceeded",
          "MapIterationStarted",
          "MapIterationSucceeded",
          "MapStateEntered",
          "MapStateExited",
          "MapStateStarted",
          "MapStateSucceeded",
          "ParallelStateEntered",
          "ParallelStateExited",
          "ParallelStateStarted",
          "ParallelStateSucceeded",
          "PassStateEntered",
          "PassStateExited",
          "SucceedStateEntered",
          "SucceedStateExited",
          "TaskScheduled",
          "TaskStarted",
          "TaskStateEntered",
          "TaskStateExited",
          "TaskSubmitted",
          "TaskSucceeded",
          "WaitStateEntered",
          "WaitStateExited");

  private static Set<String> loggedAt(LogLevel level) {
    return Arrays.stream(HistoryEventType.values())
        .filter(level::logs)
        .map(HistoryEventType::awsName)
        .collect(Collectors.toSet());
  }

  @Test
  void errorLogsTheRowsAwsMarksAndNoneOfTheOthers() {
    assertThat(loggedAt(LogLevel.ERROR))
        .containsAll(AWS_ERROR_ROWS)
        .doesNotContainAnyElementsOf(AWS_OTHER_ROWS);
  }

  @Test
  void errorLogsTheTypesAwsLeavesOutByItsRuleFailStateEnteredAndEveryFailureTimeOutOrAbort() {
    for (HistoryEventType type : HistoryEventType.values()) {
      String name = type.awsName();
      boolean error =
          name.equals("FailStateEntered")
              || name.endsWith("Failed")
              || name.endsWith("TimedOut")
              || name.endsWith("Aborted");
      assertThat(LogLevel.ERROR.logs(type)).as(name).isEqualTo(error);
    }
  }

  @Test
  void fatalLogsOnlyTheExecutionsOwnFailureTimeOutOrAbort() {
    assertThat(loggedAt(LogLevel.FATAL))
        .containsExactlyInAnyOrder("ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted");
  }

  @Test
  void allLogsEverythingAndOffNothing() {
    assertThat(loggedAt(LogLevel.ALL)).hasSize(HistoryEventType.values().length);
    assertThat(loggedAt(LogLevel.OFF)).isEmpty();
  }
}
