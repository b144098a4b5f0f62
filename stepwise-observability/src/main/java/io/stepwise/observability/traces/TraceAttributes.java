package io.stepwise.observability.traces;

import io.opentelemetry.api.common.AttributeKey;

/** The attributes Stepwise puts on its spans; {@code docs/observability.md} lists them. */
public final class TraceAttributes {
  public static final AttributeKey<String> EXECUTION_ARN =
      AttributeKey.stringKey("aws.step_functions.execution.arn");
  public static final AttributeKey<String> EXECUTION_NAME =
      AttributeKey.stringKey("aws.step_functions.execution.name");
  public static final AttributeKey<String> EXECUTION_STATUS =
      AttributeKey.stringKey("aws.step_functions.execution.status");
  public static final AttributeKey<Long> REDRIVE_COUNT =
      AttributeKey.longKey("aws.step_functions.execution.redrive_count");
  public static final AttributeKey<String> STATE_MACHINE_ARN =
      AttributeKey.stringKey("aws.step_functions.state_machine.arn");
  public static final AttributeKey<String> STATE_NAME =
      AttributeKey.stringKey("aws.step_functions.state.name");
  public static final AttributeKey<String> STATE_TYPE =
      AttributeKey.stringKey("aws.step_functions.state.type");
  public static final AttributeKey<String> TASK_RESOURCE =
      AttributeKey.stringKey("aws.step_functions.task.resource");
  public static final AttributeKey<Long> TASK_ATTEMPT =
      AttributeKey.longKey("aws.step_functions.task.attempt");
  public static final AttributeKey<String> ERROR =
      AttributeKey.stringKey("aws.step_functions.error");
  public static final AttributeKey<String> CAUSE =
      AttributeKey.stringKey("aws.step_functions.cause");

  /** OpenTelemetry's own name for what went wrong, so that back ends group failures. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private TraceAttributes() {}
}
