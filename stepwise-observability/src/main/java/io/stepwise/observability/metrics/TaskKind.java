package io.stepwise.observability.metrics;

/**
 * The three families of task metrics CloudWatch keeps for Step Functions, each with its own
 * dimension: Lambda functions called by ARN ({@code LambdaFunctionArn}), activities ({@code
 * ActivityArn}), and service integrations, {@code arn:aws:states:::lambda:invoke} among them
 * ({@code ServiceIntegrationResourceArn}).
 *
 * @param prefix the metric name's start: counters add {@code .scheduled}, {@code .started}, ...
 * @param timePrefix the timers' start: {@code .schedule.time}, {@code .run.time} and {@code .time}
 *     are added
 * @param tag the tag that names the resource
 */
enum TaskKind {
  LAMBDA("stepwise.lambda.functions", "stepwise.lambda.function", "lambda_function_arn"),
  ACTIVITY("stepwise.activities", "stepwise.activity", "activity_arn"),
  SERVICE_INTEGRATION(
      "stepwise.service.integrations",
      "stepwise.service.integration",
      "service_integration_resource_arn");

  final String prefix;
  final String timePrefix;
  final String tag;

  TaskKind(String prefix, String timePrefix, String tag) {
    this.prefix = prefix;
    this.timePrefix = timePrefix;
    this.tag = tag;
  }
}
