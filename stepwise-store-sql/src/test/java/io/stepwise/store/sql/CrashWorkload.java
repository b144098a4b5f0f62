package io.stepwise.store.sql;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.engine.runtime.StartRequest;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.store.InMemoryExecutionStore;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The process {@link CrashTest} kills: a runtime on a SQLite file that resumes what it finds,
 * starts the executions not started yet, and waits until all have ended. Run as {@code
 * CrashWorkload FILE COUNT}; prints {@code done} when every execution has ended.
 */
public final class CrashWorkload {

  static final String STATE_MACHINE =
      "arn:aws:states:us-east-1:123456789012:stateMachine:CrashTest";

  static final String SLOW = "arn:aws:lambda:us-east-1:123456789012:function:slow";

  /** Wait, a slow Task, a Map of slow Tasks and a Parallel: every kind of outstanding work. */
  static final String DEFINITION =
      """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass",
          "Parameters":{"items.$":"States.ArrayRange(1, 5, 1)","name.$":"$$.Execution.Name"},
          "Next":"Nap"},
        "Nap":{"Type":"Wait","Seconds":2,"Next":"Fan"},
        "Fan":{"Type":"Parallel","ResultPath":"$.results","Branches":[
          {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%1$s","End":true}}},
          {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
            "ItemProcessor":{"StartAt":"Item","States":{
              "Item":{"Type":"Task","Resource":"%1$s","End":true}}},"End":true}}}],
          "Next":"Done"},
        "Done":{"Type":"Succeed"}}}
      """
          .formatted(SLOW);

  private CrashWorkload() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    TaskResources tasks =
        TaskResources.none()
            .register(
                SLOW,
                invocation -> {
                  try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(100, 600));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return TaskOutcome.succeeded(invocation.parameters());
                });
    try (SqliteExecutionStore store = SqliteExecutionStore.open(file);
        ExecutionRuntime runtime =
            new ExecutionRuntime(store, new InMemoryExecutionStore(), tasks, Clock.systemUTC())) {
      System.out.println("resumed " + runtime.recover());
      for (int i = 0; i < count; i++) {
        try {
          runtime.start(
              new StartRequest(
                  STATE_MACHINE,
                  DEFINITION,
                  StateMachineType.STANDARD,
                  name(i),
                  Json.parse("{\"i\":" + i + "}")));
        } catch (ExecutionAlreadyExistsException ended) {
          // Started in an earlier life and already over.
        }
      }
      System.out.println("started " + count);
      for (int i = 0; i < count; i++) {
        String arn = STATE_MACHINE.replace(":stateMachine:", ":execution:") + ":" + name(i);
        if (runtime.awaitEnd(arn, Duration.ofMinutes(5)).status() != ExecutionStatus.SUCCEEDED) {
          System.out.println("failed " + arn);
        }
      }
      System.out.println("reinvoked " + runtime.reinvokedTasks());
      System.out.println("done");
    }
  }

  static String name(int i) {
    return "crash-" + i;
  }
}
