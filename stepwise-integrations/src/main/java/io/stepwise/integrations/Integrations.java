package io.stepwise.integrations;

import io.stepwise.engine.task.TaskResources;
import io.stepwise.integrations.aws.AwsServiceClients;
import io.stepwise.integrations.aws.AwsServiceSettings;
import io.stepwise.integrations.aws.AwsTasks;
import io.stepwise.integrations.config.AwsSettings;
import io.stepwise.integrations.config.ConfigException;
import io.stepwise.integrations.config.FunctionSettings;
import io.stepwise.integrations.config.LambdaSettings;
import io.stepwise.integrations.config.StepwiseConfig;
import io.stepwise.integrations.http.HttpConnectionsFromSettings;
import io.stepwise.integrations.http.HttpTasks;
import io.stepwise.integrations.lambda.CommandFunction;
import io.stepwise.integrations.lambda.EndpointFunction;
import io.stepwise.integrations.lambda.JavaHandlerFunction;
import io.stepwise.integrations.lambda.LambdaFunction;
import io.stepwise.integrations.lambda.LambdaFunctions;
import io.stepwise.integrations.lambda.LambdaTasks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * What Task states can call, built from a configuration: the {@link TaskResources} an engine runs
 * with, and the clients and class loaders to release when it stops.
 */
public final class Integrations implements AutoCloseable {

  private static final String DEFAULT_REGION = "us-east-1";

  private final TaskResources tasks;
  private final List<AutoCloseable> opened;

  private Integrations(TaskResources tasks, List<AutoCloseable> opened) {
    this.tasks = tasks;
    this.opened = opened;
  }

  /**
   * Builds every configured integration.
   *
   * @throws ConfigException naming the setting when something configured cannot be made (a handler
   *     class not on its class path, say)
   */
  public static Integrations from(StepwiseConfig config, Clock clock) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      LambdaFunctions functions = lambdaFunctions(config.lambda(), clock, opened);
      TaskResources tasks = LambdaTasks.addTo(TaskResources.none(), functions, clock);
      opened.add(
          HttpTasks.install(
              tasks,
              HttpConnectionsFromSettings.of(config.http()),
              clock,
              config.http().timeout() == null
                  ? HttpTasks.AWS_REQUEST_TIMEOUT
                  : Duration.ofSeconds(config.http().timeout())));
      AwsServiceClients clients = new AwsServiceClients(awsServices(config.aws()));
      opened.add(clients);
      AwsTasks.addTo(
          tasks,
          clients,
          config.aws().pollInterval() == null
              ? AwsTasks.DEFAULT_POLL_INTERVAL
              : Duration.ofSeconds(config.aws().pollInterval()));
      return new Integrations(tasks, opened);
    } catch (RuntimeException failed) {
      closeAll(opened);
      throw failed;
    }
  }

  /** The resources Task states call; more may be registered (nested executions need a runtime). */
  public TaskResources tasks() {
    return tasks;
  }

  private static LambdaFunctions lambdaFunctions(
      LambdaSettings settings, Clock clock, List<AutoCloseable> opened) {
    LambdaFunctions.Builder builder = LambdaFunctions.builder();
    String region = settings.region() == null ? DEFAULT_REGION : settings.region();
    for (Map.Entry<String, FunctionSettings> entry : settings.functions().entrySet()) {
      FunctionSettings function = entry.getValue();
      builder.function(
          entry.getKey(),
          function(entry.getKey(), function, region, clock, opened),
          function.timeout() == null
              ? LambdaFunctions.MAX_TIMEOUT
              : Duration.ofSeconds(function.timeout()));
    }
    if (settings.endpoint() != null) {
      EndpointFunction others =
          new EndpointFunction(settings.endpoint(), region, credentials(), null);
      opened.add(others);
      builder.otherFunctions(others, LambdaFunctions.MAX_TIMEOUT);
    }
    return builder.build();
  }

  private static LambdaFunction function(
      String name,
      FunctionSettings function,
      String region,
      Clock clock,
      List<AutoCloseable> opened) {
    if (function.handler() != null) {
      try {
        JavaHandlerFunction handler =
            JavaHandlerFunction.load(
                function.handler(),
                function.classpath(),
                function.memory() == null ? 128 : function.memory(),
                clock);
        opened.add(handler);
        return handler;
      } catch (IllegalArgumentException cannotLoad) {
        throw new ConfigException(
            "/lambda/functions/" + name + "/handler: " + cannotLoad.getMessage(), cannotLoad);
      }
    }
    if (function.endpoint() != null) {
      EndpointFunction endpoint =
          new EndpointFunction(function.endpoint(), region, credentials(), function.name());
      opened.add(endpoint);
      return endpoint;
    }
    return new CommandFunction(
        function.command(), function.directory(), function.environment(), clock);
  }

  private static AwsServiceSettings awsServices(AwsSettings aws) {
    AwsCredentialsProvider credentials =
        aws.accessKeyId() == null
            ? credentials()
            : StaticCredentialsProvider.create(
                aws.sessionToken() == null
                    ? AwsBasicCredentials.create(aws.accessKeyId(), aws.secretAccessKey())
                    : AwsSessionCredentials.create(
                        aws.accessKeyId(), aws.secretAccessKey(), aws.sessionToken()));
    AwsServiceSettings settings =
        new AwsServiceSettings(
            aws.endpoint(),
            aws.endpoints(),
            aws.region() == null ? DEFAULT_REGION : aws.region(),
            credentials);
    return settings;
  }

  /**
   * The AWS SDK's usual credentials where there are any (environment, profile, ...), else fixed
   * ones: local Lambda emulators accept any signature, and a laptop often has no AWS account.
   */
  static AwsCredentialsProvider credentials() {
    return AwsCredentialsProviderChain.builder()
        .reuseLastProviderEnabled(true)
        .credentialsProviders(
            DefaultCredentialsProvider.builder().build(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("stepwise", "stepwise")))
        .build();
  }

  @Override
  public void close() {
    closeAll(opened);
  }

  private static void closeAll(List<AutoCloseable> opened) {
    for (AutoCloseable resource : opened) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // Closing releases clients and jar files; a failure to do so loses nothing.
      }
    }
  }
}
