package io.stepwise.integrations.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncJobTaskTest {

  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:222222222222:execution:machine:run";

  private final FakeAwsServices fakes = new FakeAwsServices("eu-west-1", "222222222222");
  private final AwsServiceClients clients = new AwsServiceClients(fakes.settings());
  private final TaskResources tasks =
      AwsTasks.addTo(TaskResources.none(), clients, Duration.ofMillis(5));

  @AfterEach
  void close() {
    clients.close();
    fakes.close();
  }

  private TaskOutcome invoke(String resource, String parameters) throws Exception {
    return tasks.invoke(
        new TaskInvocation(
            resource, Json.parse(parameters), "Job", EXECUTION, null, 0, 0, null, 0, 0L, 0L));
  }

  private static JsonNode output(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Succeeded.class);
    return ((TaskOutcome.Succeeded) outcome).output();
  }

  private static TaskOutcome.Failed failed(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Failed.class);
    return (TaskOutcome.Failed) outcome;
  }

  @Test
  void aGlueRunIsFollowedUntilItEnds() throws Exception {
    fakes.glue().job("etl", List.of("STARTING", "RUNNING", "SUCCEEDED"));
    fakes.glue().job("broken", List.of("RUNNING", "FAILED"));

    JsonNode run =
        output(invoke("arn:aws:states:::glue:startJobRun.sync", "{\"JobName\":\"etl\"}"));
    TaskOutcome.Failed broken =
        failed(invoke("arn:aws:states:::glue:startJobRun.sync", "{\"JobName\":\"broken\"}"));
    JsonNode started = output(invoke("arn:aws:states:::glue:startJobRun", "{\"JobName\":\"etl\"}"));

    assertThat(run.get("JobRunState").textValue()).isEqualTo("SUCCEEDED");
    assertThat(run.get("JobName").textValue()).isEqualTo("etl");
    assertThat(run.get("StartedOn").textValue()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(broken.failure().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(broken.failure().cause()).get("JobRunState").textValue())
        .isEqualTo("FAILED");
    assertThat(started.get("JobRunId").textValue()).startsWith("jr_");
    assertThat(started.has("SdkHttpMetadata")).isTrue();
  }

  @Test
  void aGlueRunThroughTheEngineRecordsItsStartAsSubmitted() throws Exception {
    fakes.glue().job("etl", List.of("RUNNING", "SUCCEEDED"));

    io.stepwise.engine.run.ExecutionResult result =
        io.stepwise.engine.run.LocalExecution.parse(
                """
                {"StartAt":"Etl","States":{"Etl":{"Type":"Task",
                  "Resource":"arn:aws:states:::glue:startJobRun.sync",
                  "Parameters":{"JobName":"etl"},"End":true}}}
                """)
            .taskResources(tasks)
            .run();

    assertThat(result.history())
        .extracting(event -> event.type().awsName())
        .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
    var submitted =
        result.history().stream()
            .filter(event -> event.type().awsName().equals("TaskSubmitted"))
            .findFirst()
            .orElseThrow();
    assertThat(
            Json.parse(submitted.details().get("output").textValue()).get("JobRunId").textValue())
        .startsWith("jr_");
    assertThat(result.output().get("JobRunState").textValue()).isEqualTo("SUCCEEDED");
  }

  @Test
  void anAbandonedGlueRunIsStopped() throws Exception {
    fakes.glue().job("forever", List.of("RUNNING"));
    Thread task =
        Thread.ofVirtual()
            .start(() -> {
              try {
                invoke("arn:aws:states:::glue:startJobRun.sync", "{\"JobName\":\"forever\"}");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (fakes.glue().describes() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5); // Until the task is polling its run.
    }

    task.interrupt(); // What the engine does to a task whose execution ended.
    task.join(Duration.ofSeconds(10));

    assertThat(task.isAlive()).isFalse();
    assertThat(fakes.glue().stoppedRuns()).containsExactlyElementsOf(fakes.glue().runIds());
  }

  @Test
  void aGlueRunPastItsStatesTimeoutIsStopped() throws Exception {
    fakes.glue().job("slow", List.of("RUNNING"));

    TaskOutcome.Failed timedOut =
        failed(
            tasks.invoke(
                new TaskInvocation(
                    "arn:aws:states:::glue:startJobRun.sync",
                    Json.parse("{\"JobName\":\"slow\"}"),
                    "Job",
                    EXECUTION,
                    null,
                    1,
                    0,
                    null,
                    0,
                    0L,
                    0L)));

    assertThat(timedOut.failure().error()).isEqualTo("States.Timeout");
    assertThat(fakes.glue().stoppedRuns()).containsExactlyElementsOf(fakes.glue().runIds());
  }

  @Test
  void everyJobKindKnowsHowToStopWhatItStarted() throws Exception {
    JsonNode ecs =
        new SyncJob.Ecs()
            .stopParameters(
                Json.parse("{\"Cluster\":\"reports\"}"),
                Json.parse("{\"Tasks\":[{\"TaskArn\":\"arn:task/1\"}]}"));
    JsonNode batch =
        new SyncJob.Batch().stopParameters(Json.parse("{}"), Json.parse("{\"JobId\":\"j-1\"}"));
    JsonNode training =
        SyncJob.SageMaker.TRAINING.stopParameters(
            Json.parse("{\"TrainingJobName\":\"t-1\"}"), Json.parse("{}"));

    assertThat(new SyncJob.Ecs().stopAction()).isEqualTo("stopTask");
    assertThat(ecs.get("Task").asText()).isEqualTo("arn:task/1");
    assertThat(ecs.get("Cluster").asText()).isEqualTo("reports");
    assertThat(new SyncJob.Batch().stopAction()).isEqualTo("terminateJob");
    assertThat(batch.get("JobId").asText()).isEqualTo("j-1");
    assertThat(SyncJob.SageMaker.TRAINING.stopAction()).isEqualTo("stopTrainingJob");
    assertThat(training.get("TrainingJobName").asText()).isEqualTo("t-1");
  }

  @Test
  void anEcsTaskSucceedsOnlyWhenItsContainersExitWithZero() throws Exception {
    fakes.ecs().taskDefinition("ok", 0).taskDefinition("crash", 3);

    JsonNode task =
        output(
            invoke(
                "arn:aws:states:::ecs:runTask.sync",
                "{\"Cluster\":\"main\",\"TaskDefinition\":\"ok\"}"));
    TaskOutcome.Failed crashed =
        failed(
            invoke(
                "arn:aws:states:::ecs:runTask.sync",
                "{\"Cluster\":\"main\",\"TaskDefinition\":\"crash\"}"));

    assertThat(task.get("LastStatus").textValue()).isEqualTo("STOPPED");
    assertThat(task.at("/Containers/0/ExitCode").intValue()).isZero();
    assertThat(task.get("ClusterArn").textValue()).endsWith(":cluster/main");
    assertThat(crashed.failure().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(crashed.failure().cause()).at("/Containers/0/ExitCode").intValue())
        .isEqualTo(3);
  }

  @Test
  void anEcsPlacementFailureIsAmazonEcsUnknown() throws Exception {
    fakes.ecs().taskDefinition("ok", 0).shortOfCapacity(true);

    TaskOutcome.Failed refused =
        failed(invoke("arn:aws:states:::ecs:runTask.sync", "{\"TaskDefinition\":\"ok\"}"));
    TaskOutcome.Failed unknown =
        failed(invoke("arn:aws:states:::ecs:runTask.sync", "{\"TaskDefinition\":\"nope\"}"));

    assertThat(refused.failure().error()).isEqualTo("AmazonECS.Unknown");
    assertThat(Json.parse(refused.failure().cause()).at("/Failures/0/Reason").textValue())
        .isEqualTo("RESOURCE:MEMORY");
    assertThat(unknown.failure().error()).isEqualTo("ECS.ClientException");
    assertThat(unknown.failure().cause())
        .startsWith(
            "TaskDefinition not found. (Service: AmazonECS; Status Code: 400; Error Code:"
                + " ClientException;");
  }

  @Test
  void aBatchJobIsFollowedThroughItsStatuses() throws Exception {
    fakes.batch().jobDefinition("nightly", true).jobDefinition("flaky", false);
    String submit = "{\"JobName\":\"n\",\"JobQueue\":\"q\",\"JobDefinition\":\"%s\"}";

    JsonNode job =
        output(invoke("arn:aws:states:::batch:submitJob.sync", submit.formatted("nightly")));
    TaskOutcome.Failed flaky =
        failed(invoke("arn:aws:states:::batch:submitJob.sync", submit.formatted("flaky")));

    assertThat(job.get("Status").textValue()).isEqualTo("SUCCEEDED");
    assertThat(job.get("JobQueue").textValue()).isEqualTo("q");
    assertThat(flaky.failure().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(flaky.failure().cause()).get("StatusReason").textValue())
        .isEqualTo("Essential container in task exited");
  }

  @Test
  void onlyTheJobsAwsRunsToCompletionAreHandled() {
    assertThat(SyncJobTask.handles("arn:aws:states:::glue:startJobRun.sync")).isTrue();
    assertThat(SyncJobTask.handles("arn:aws:states:::batch:submitJob.sync")).isTrue();
    assertThat(SyncJobTask.handles("arn:aws:states:::glue:startJobRun")).isFalse();
    assertThat(SyncJobTask.handles("arn:aws:states:::sqs:sendMessage.sync")).isFalse();
  }
}
