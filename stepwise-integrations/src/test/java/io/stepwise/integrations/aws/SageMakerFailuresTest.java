package io.stepwise.integrations.aws;

import static io.stepwise.integrations.aws.SageMakerJobsTest.TRAINING;
import static io.stepwise.integrations.aws.SageMakerJobsTest.TRANSFORM;
import static io.stepwise.integrations.aws.SageMakerJobsTest.failed;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResources;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * SageMaker's failures named as Step Functions names them for optimized integrations, and the
 * signature every request carries.
 */
class SageMakerFailuresTest {

  private static final String REQUEST_ID =
      "Request ID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}; Proxy: null\\)";

  private final FakeAwsServices fakes = new FakeAwsServices("eu-west-1", "222222222222");

  @AfterEach
  void close() {
    fakes.close();
  }

  private static TaskOutcome invoke(AwsServiceSettings settings, String action, String parameters)
      throws Exception {
    try (AwsServiceClients clients = new AwsServiceClients(settings)) {
      TaskResources tasks = AwsTasks.addTo(TaskResources.none(), clients, Duration.ofMillis(5));
      return tasks.invoke(
          new TaskInvocation(
              "arn:aws:states:::sagemaker:" + action,
              Json.parse(parameters),
              "Job",
              "arn:aws:states:eu-west-1:222222222222:execution:machine:run",
              null,
              0,
              0,
              null,
              0,
              0L,
              0L));
    }
  }

  private TaskOutcome invoke(String action, String parameters) throws Exception {
    return invoke(fakes.settings(), action, parameters);
  }

  @Test
  void aTakenJobNameIsResourceInUseException() throws Exception {
    invoke("createTrainingJob", TRAINING.formatted("churn"));

    TaskOutcome.Failed again = failed(invoke("createTrainingJob", TRAINING.formatted("churn")));
    TaskOutcome.Failed synced =
        failed(invoke("createTrainingJob.sync", TRAINING.formatted("churn")));

    assertThat(again.failure().error()).isEqualTo("SageMaker.ResourceInUseException");
    assertThat(again.failure().cause())
        .startsWith("Training job names must be unique within an AWS account and region")
        .contains(
            "(arn:aws:sagemaker:eu-west-1:222222222222:training-job/churn) (Service:"
                + " AmazonSageMaker; Status Code: 400; Error Code: ResourceInUse; ")
        .containsPattern(REQUEST_ID + "$");
    assertThat(synced.failure().error()).isEqualTo("SageMaker.ResourceInUseException");
  }

  @Test
  void aFullAccountIsResourceLimitExceededException() throws Exception {
    fakes.sageMaker().resourceLimitReached(true);

    TaskOutcome.Failed full = failed(invoke("createTransformJob.sync", TRANSFORM.formatted("t")));

    assertThat(full.failure().error()).isEqualTo("SageMaker.ResourceLimitExceededException");
    assertThat(full.failure().cause())
        .contains(
            "(Service: AmazonSageMaker; Status Code: 400; Error Code: ResourceLimitExceeded;");
  }

  @Test
  void aValidationErrorIsTheServicesCatchAllException() throws Exception {
    TaskOutcome.Failed invalid =
        failed(invoke("createTrainingJob", "{\"TrainingJobName\":\"no-role\"}"));

    assertThat(invalid.failure().error()).isEqualTo("SageMaker.AmazonSageMakerException");
    assertThat(invalid.failure().cause())
        .startsWith("5 validation errors detected: Value null at 'algorithmSpecification'")
        .containsPattern(
            "\\(Service: AmazonSageMaker; Status Code: 400; Error Code: ValidationException; "
                + REQUEST_ID
                + "$");
  }

  @Test
  void parametersThatAreNotAnObjectFailAtRuntime() throws Exception {
    TaskOutcome.Failed notObject = failed(invoke("createTrainingJob", "[1]"));

    assertThat(notObject.failure().error()).isEqualTo("States.Runtime");
    assertThat(fakes.sageMaker().targets()).isEmpty();
  }

  @Test
  void anUnreachableServiceIsSdkClientException() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    AwsServiceSettings nowhere =
        fakes
            .settings()
            .withServiceEndpoint("sagemaker", URI.create("http://127.0.0.1:" + closedPort));

    TaskOutcome.Failed unreachable =
        failed(invoke(nowhere, "createTrainingJob.sync", TRAINING.formatted("churn")));

    assertThat(unreachable.failure().error()).isEqualTo("SageMaker.SdkClientException");
    assertThat(unreachable.failure().cause()).startsWith("Unable to execute HTTP request:");
  }

  @Test
  void credentialsThatCannotBeResolvedAreSdkClientException() throws Exception {
    AwsServiceSettings settings = fakes.settings();
    AwsServiceSettings noCredentials =
        new AwsServiceSettings(
            settings.endpoint(),
            settings.serviceEndpoints(),
            settings.region(),
            () -> {
              throw SdkClientException.create("Unable to load credentials from any provider");
            });

    TaskOutcome.Failed unsigned =
        failed(invoke(noCredentials, "createTrainingJob", TRAINING.formatted("a")));

    assertThat(unsigned.failure().error()).isEqualTo("SageMaker.SdkClientException");
    assertThat(unsigned.failure().cause())
        .isEqualTo("Unable to load credentials from any provider");
    assertThat(fakes.sageMaker().targets()).isEmpty();
  }

  @Test
  void requestsSignedWithAnotherSecretOrRegionAreRefused() throws Exception {
    AwsServiceSettings settings = fakes.settings();
    AwsServiceSettings wrongSecret =
        new AwsServiceSettings(
            settings.endpoint(),
            settings.serviceEndpoints(),
            settings.region(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "guessed")));
    AwsServiceSettings wrongRegion =
        new AwsServiceSettings(
            settings.endpoint(), settings.serviceEndpoints(), "us-east-1", settings.credentials());

    TaskOutcome.Failed forged =
        failed(invoke(wrongSecret, "createTrainingJob", TRAINING.formatted("a")));
    TaskOutcome.Failed elsewhere =
        failed(invoke(wrongRegion, "createTrainingJob", TRAINING.formatted("b")));

    assertThat(forged.failure().error()).isEqualTo("SageMaker.AmazonSageMakerException");
    assertThat(forged.failure().cause())
        .contains("Status Code: 403; Error Code: InvalidSignatureException;");
    assertThat(elsewhere.failure().cause())
        .startsWith("Credential should be scoped to a valid region and service");
    assertThat(fakes.sageMaker().targets()).isEmpty();
  }

  @Test
  void theFakeRefusesAnUnsignedRequest() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(fakes.sageMaker().endpoint().resolve("/"))
                  .header("Content-Type", "application/x-amz-json-1.1")
                  .header("X-Amz-Target", "SageMaker.CreateTrainingJob")
                  .POST(HttpRequest.BodyPublishers.ofString(TRAINING.formatted("unsigned")))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(Json.parse(answer.body()).get("__type").textValue())
          .isEqualTo("MissingAuthenticationTokenException");
    }
  }
}
