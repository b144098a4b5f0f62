package io.stepwise.observability.metrics;

/**
 * Metric and tag names: CloudWatch's Step Functions metrics in Micrometer's dotted form, which the
 * Prometheus registry writes in Prometheus's ({@code stepwise.executions.started} becomes {@code
 * stepwise_executions_started_total}, a timer's unit becomes {@code _seconds}).
 */
final class MetricNames {
  static final String EXECUTIONS = "stepwise.executions";
  static final String REDRIVEN_EXECUTIONS = "stepwise.redriven.executions";
  static final String EXECUTION_TIME = "stepwise.execution.time";
  static final String EXECUTION_THROTTLED = "stepwise.execution.throttled";

  static final String STATE_MACHINE_ARN = "state_machine_arn";

  static final String ENGINE = "stepwise.engine";

  private MetricNames() {}
}
