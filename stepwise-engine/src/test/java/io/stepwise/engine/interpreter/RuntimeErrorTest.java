package io.stepwise.engine.interpreter;

import static io.stepwise.engine.interpreter.Runs.json;
import static io.stepwise.engine.interpreter.Runs.run;
import static io.stepwise.engine.interpreter.Runs.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.run.ExecutionResult;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import org.junit.jupiter.api.Test;

/**
 * {@code States.Runtime} is not retriable and not catchable: AWS's error-handling page says a retry
 * or catch on {@code States.ALL} won't catch it, and AWS fails the execution even with a catcher
 * naming it.
 */
class RuntimeErrorTest {

  private static final TaskResources EMPTY_RESULT =
      TaskResources.none()
          .register("arn:aws:states:::lambda:invoke", i -> TaskOutcome.succeeded(json("{}")));

  @Test
  void statesAllDoesNotCatchARuntimeError() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                   "OutputPath":"$.missing","End":true,
                   "Retry":[{"ErrorEquals":["States.ALL"]}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}]},
              "Caught":{"Type":"Pass","End":true}}}
            """,
            "{}",
            EMPTY_RESULT);
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "ExecutionFailed");
  }

  @Test
  void aCatcherNamingStatesRuntimeDoesNotCatchItEither() {
    ExecutionResult result =
        run(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                   "OutputPath":"$.no.such.result.path","End":true,
                   "Catch":[{"ErrorEquals":["States.Runtime"],"Next":"Caught"}]},
              "Caught":{"Type":"Pass","End":true}}}
            """,
            "{}",
            EMPTY_RESULT);
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo(
            "An error occurred while executing the state 'T' (entered at the event id #2)."
                + " Invalid path '$.no.such.result.path' : Missing property in path $['no']");
  }
}
