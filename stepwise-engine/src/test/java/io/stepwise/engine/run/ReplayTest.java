package io.stepwise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.interpreter.Event;
import io.stepwise.engine.interpreter.Execution;
import io.stepwise.engine.interpreter.ExecutionInfo;
import io.stepwise.engine.interpreter.Replay;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rebuilding an execution from its journal yields the same execution: same status, output and
 * error, and the very same history, event by event. This is what crash recovery stands on.
 */
class ReplayTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Tasks, retries with jitter and a catch.
        """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:flaky",
          "Retry":[{"ErrorEquals":["Flaky"],"MaxAttempts":3,"JitterStrategy":"FULL"}],
          "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Done"}],
          "Next":"Done"},"Done":{"Type":"Succeed"}}}
        """,
        // Map with concurrency, Parallel, Wait, and randomness from intrinsics.
        """
        {"StartAt":"M","States":{
          "M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
               "ItemSelector":{"v.$":"$$.Map.Item.Value","id.$":"States.UUID()"},
               "ItemProcessor":{"StartAt":"W","States":{
                 "W":{"Type":"Wait","Seconds":5,"Next":"P"},
                 "P":{"Type":"Parallel","End":true,"Branches":[
                   {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:echo","End":true}}},
                   {"StartAt":"B","States":{"B":{"Type":"Pass",
                     "Parameters":{"r.$":"States.MathRandom(1, 1000)"},"End":true}}}]}}},
               "Next":"Done"},
          "Done":{"Type":"Succeed"}}}
        """,
        // JSONata with variables, $uuid() and $now().
        """
        {"QueryLanguage":"JSONata","StartAt":"S","States":{
          "S":{"Type":"Pass","Assign":{"id":"{% $uuid() %}","at":"{% $now() %}"},"Next":"W"},
          "W":{"Type":"Wait","Seconds":60,"Next":"E"},
          "E":{"Type":"Pass","Output":{"id":"{% $id %}","at":"{% $at %}","now":"{% $now() %}"},
               "End":true}}}
        """
      })
  void aReplayedJournalRebuildsTheSameExecution(String definition) throws Exception {
    List<Event> journal = new ArrayList<>();
    ExecutionInfo[] info = new ExecutionInfo[1];
    long[] seed = new long[1];
    ExecutionResult original =
        LocalExecution.parse(definition)
            .input(Json.parse("{\"items\":[1,2,3]}"))
            .clock(CLOCK)
            .skipWaits(true)
            .taskResources(tasks())
            .journal(
                new JournalListener() {
                  @Override
                  public void started(ExecutionInfo started, long startSeed) {
                    info[0] = started;
                    seed[0] = startSeed;
                  }

                  @Override
                  public void applied(Event event) {
                    journal.add(event);
                  }
                })
            .run();

    List<HistoryEvent> replayed = new ArrayList<>();
    Execution rebuilt = Replay.rebuild(info[0], seed[0], true, journal, replayed::addAll);

    assertThat(rebuilt.status()).isEqualTo(original.status());
    assertThat(rebuilt.output()).isEqualTo(original.output());
    assertThat(rebuilt.error()).isEqualTo(original.error());
    assertThat(replayed).containsExactlyElementsOf(original.history());
  }

  /** A task that fails twice, then echoes its input; and an echo. */
  private static TaskResources tasks() {
    int[] calls = new int[1];
    return TaskResources.none()
        .register(
            "arn:aws:lambda:us-east-1:123456789012:function:flaky",
            invocation ->
                ++calls[0] <= 2
                    ? TaskOutcome.failed("Flaky", "attempt " + calls[0])
                    : TaskOutcome.succeeded(invocation.parameters()))
        .register(
            "arn:aws:lambda:us-east-1:123456789012:function:echo",
            invocation -> TaskOutcome.succeeded(invocation.parameters()));
  }
}
