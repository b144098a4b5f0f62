package io.stepwise.integrations.config;

/**
 * Stepwise's configuration file ({@code stepwise.yaml}): what Task states call. Every member may be
 * left out; {@link ConfigLoader} reads the file, applies environment variables over it and checks
 * it. The settings are documented in {@code docs/configuration.md}.
 *
 * @param lambda the Lambda functions tasks can invoke
 * @param http the HTTP Task's connections and time limit
 * @param aws where AWS service integrations call AWS
 * @param logs where execution logs are written
 * @param events where execution status-change events are posted
 */
public record StepwiseConfig(
    LambdaSettings lambda,
    HttpSettings http,
    AwsSettings aws,
    LogsSettings logs,
    EventsSettings events) {

  /** No file: nothing configured, every default. */
  public static final StepwiseConfig EMPTY = new StepwiseConfig(null, null, null);

  public StepwiseConfig {
    lambda = lambda == null ? LambdaSettings.NONE : lambda;
    http = http == null ? HttpSettings.NONE : http;
    aws = aws == null ? AwsSettings.NONE : aws;
    logs = logs == null ? LogsSettings.NONE : logs;
    events = events == null ? EventsSettings.NONE : events;
  }

  /** What Task states call, with the default logs and events. */
  public StepwiseConfig(LambdaSettings lambda, HttpSettings http, AwsSettings aws) {
    this(lambda, http, aws, null, null);
  }

  /** This configuration with other log settings. */
  public StepwiseConfig withLogs(LogsSettings logs) {
    return new StepwiseConfig(lambda, http, aws, logs, events);
  }

  /** This configuration with other event settings. */
  public StepwiseConfig withEvents(EventsSettings events) {
    return new StepwiseConfig(lambda, http, aws, logs, events);
  }
}
