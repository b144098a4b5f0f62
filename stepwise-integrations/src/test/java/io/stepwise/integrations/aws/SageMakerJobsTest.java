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

/** SageMaker's training and transform jobs, request-response and {@code .sync}, at the fake. */
class SageMakerJobsTest {

  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:222222222222:execution:machine:run";

  static final String TRAINING =
      """
      {"TrainingJobName":"%s",
       "AlgorithmSpecification":{"TrainingImage":"xgboost:1","TrainingInputMode":"File"},
       "RoleArn":"arn:aws:iam::222222222222:role/sm",
       "OutputDataConfig":{"S3OutputPath":"s3://models/out"},
       "ResourceConfig":{"InstanceCount":1,"InstanceType":"ml.m5.large","VolumeSizeInGB":10},
       "StoppingCondition":{"MaxRuntimeInSeconds":3600}}
      """;

  static final String TRANSFORM =
      """
      {"TransformJobName":"%s","ModelName":"churn",
       "TransformInput":{"DataSource":{"S3DataSource":{"S3DataType":"S3Prefix","S3Uri":"s3://in/"}}},
       "TransformOutput":{"S3OutputPath":"s3://out/"},
       "TransformResources":{"InstanceCount":1,"InstanceType":"ml.m5.large"}}
      """;

  private final FakeAwsServices fakes = new FakeAwsServices("eu-west-1", "222222222222");
  private final AwsServiceClients clients = new AwsServiceClients(fakes.settings());
  private final TaskResources tasks =
      AwsTasks.addTo(TaskResources.none(), clients, Duration.ofMillis(5));

  @AfterEach
  void close() {
    clients.close();
    fakes.close();
  }

  private TaskOutcome invoke(String action, String parameters) throws Exception {
    return tasks.invoke(
        new TaskInvocation(
            "arn:aws:states:::sagemaker:" + action,
            Json.parse(parameters),
            "Job",
            EXECUTION,
            null,
            0,
            0,
            null,
            0,
            0L,
            0L));
  }

  static JsonNode output(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Succeeded.class);
    return ((TaskOutcome.Succeeded) outcome).output();
  }

  static TaskOutcome.Failed failed(TaskOutcome outcome) {
    assertThat(outcome).isInstanceOf(TaskOutcome.Failed.class);
    return (TaskOutcome.Failed) outcome;
  }

  @Test
  void createTrainingJobAnswersTheJobsArnWithTheHttpMetadata() throws Exception {
    JsonNode created = output(invoke("createTrainingJob", TRAINING.formatted("Churn-1")));

    assertThat(created.get("TrainingJobArn").textValue())
        .isEqualTo("arn:aws:sagemaker:eu-west-1:222222222222:training-job/churn-1");
    assertThat(created.at("/SdkHttpMetadata/HttpStatusCode").intValue()).isEqualTo(200);
    assertThat(created.at("/SdkResponseMetadata/RequestId").textValue()).hasSize(36);
    // Request-response does not wait: the job was created and never described.
    assertThat(fakes.sageMaker().targets()).containsExactly("SageMaker.CreateTrainingJob");
  }

  @Test
  void createTransformJobAnswersTheJobsArn() throws Exception {
    JsonNode created = output(invoke("createTransformJob", TRANSFORM.formatted("score")));

    assertThat(created.get("TransformJobArn").textValue())
        .isEqualTo("arn:aws:sagemaker:eu-west-1:222222222222:transform-job/score");
    assertThat(created.has("SdkHttpMetadata")).isTrue();
    assertThat(fakes.sageMaker().targets()).containsExactly("SageMaker.CreateTransformJob");
  }

  @Test
  void aTrainingJobIsDescribedUntilItCompletes() throws Exception {
    fakes.sageMaker().job("churn", List.of("InProgress", "InProgress", "Completed"));

    JsonNode job = output(invoke("createTrainingJob.sync", TRAINING.formatted("churn")));

    assertThat(job.get("TrainingJobStatus").textValue()).isEqualTo("Completed");
    assertThat(job.get("TrainingJobName").textValue()).isEqualTo("churn");
    assertThat(job.at("/ModelArtifacts/S3ModelArtifacts").textValue())
        .isEqualTo("s3://models/out/churn/output/model.tar.gz");
    assertThat(job.has("SdkHttpMetadata")).isFalse();
    assertThat(fakes.sageMaker().targets())
        .containsExactly(
            "SageMaker.CreateTrainingJob",
            "SageMaker.DescribeTrainingJob",
            "SageMaker.DescribeTrainingJob",
            "SageMaker.DescribeTrainingJob");
  }

  @Test
  void aTrainingJobThatFailsOrIsStoppedFailsTheTaskWithItsDescription() throws Exception {
    fakes.sageMaker().job("broken", List.of("InProgress", "Failed"));
    fakes.sageMaker().job("stopped", List.of("InProgress", "Stopping", "Stopped"));

    TaskOutcome.Failed broken =
        failed(invoke("createTrainingJob.sync", TRAINING.formatted("broken")));
    TaskOutcome.Failed stopped =
        failed(invoke("createTrainingJob.sync", TRAINING.formatted("stopped")));

    assertThat(broken.failure().error()).isEqualTo("States.TaskFailed");
    JsonNode brokenJob = Json.parse(broken.failure().cause());
    assertThat(brokenJob.get("TrainingJobStatus").textValue()).isEqualTo("Failed");
    assertThat(brokenJob.get("FailureReason").textValue()).startsWith("AlgorithmError");
    assertThat(stopped.failure().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(stopped.failure().cause()).get("TrainingJobStatus").textValue())
        .isEqualTo("Stopped");
  }

  @Test
  void aTransformJobIsDescribedUntilItEnds() throws Exception {
    fakes.sageMaker().job("nightly", List.of("InProgress", "Completed"));
    fakes.sageMaker().job("bad-input", List.of("InProgress", "Failed"));

    JsonNode job = output(invoke("createTransformJob.sync", TRANSFORM.formatted("nightly")));
    TaskOutcome.Failed bad =
        failed(invoke("createTransformJob.sync", TRANSFORM.formatted("bad-input")));

    assertThat(job.get("TransformJobStatus").textValue()).isEqualTo("Completed");
    assertThat(job.get("ModelName").textValue()).isEqualTo("churn");
    assertThat(job.has("TransformEndTime")).isTrue();
    assertThat(bad.failure().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(bad.failure().cause()).get("TransformJobStatus").textValue())
        .isEqualTo("Failed");
    assertThat(fakes.sageMaker().targets())
        .contains("SageMaker.DescribeTransformJob")
        .doesNotContain("SageMaker.DescribeTrainingJob");
  }

  @Test
  void onlyTheResourcesAwsOffersAreServed() {
    OptimizedTask sageMaker = new OptimizedTask(OptimizedIntegration.SAGEMAKER, clients);

    assertThat(sageMaker.handles("arn:aws:states:::sagemaker:createTrainingJob")).isTrue();
    assertThat(sageMaker.handles("arn:aws:states:::sagemaker:createTransformJob")).isTrue();
    // Step Functions offers no callback pattern for SageMaker.
    assertThat(sageMaker.handles("arn:aws:states:::sagemaker:createTrainingJob.waitForTaskToken"))
        .isFalse();
    assertThat(sageMaker.handles("arn:aws:states:::sagemaker:createModel")).isFalse();
    assertThat(SyncJobTask.handles("arn:aws:states:::sagemaker:createTrainingJob.sync")).isTrue();
    assertThat(SyncJobTask.handles("arn:aws:states:::sagemaker:createTransformJob.sync")).isTrue();
    assertThat(SyncJobTask.handles("arn:aws:states:::sagemaker:createEndpoint.sync")).isFalse();
    assertThat(tasks.find("arn:aws:states:::sagemaker:createTransformJob.waitForTaskToken"))
        .isEmpty();
  }

  @Test
  void awsOwnEndpointIsUsedWhenNoneIsConfigured() {
    AwsJsonProtocol protocol = OptimizedIntegration.SAGEMAKER.json();

    assertThat(protocol.awsEndpoint("eu-west-1"))
        .isEqualTo("https://api.sagemaker.eu-west-1.amazonaws.com");
    assertThat(protocol.awsEndpoint("cn-north-1"))
        .isEqualTo("https://api.sagemaker.cn-north-1.amazonaws.com.cn");
  }
}
