package io.stepwise.engine.runtime;

import io.stepwise.engine.run.StateMachineType;
import java.util.UUID;

/** ARNs as AWS shapes them, derived from a state machine's ARN. */
final class Arns {
  private Arns() {}

  /** {@code arn:aws:states:us-east-1:123456789012:stateMachine:Name[:version]} → {@code Name}. */
  static String stateMachineName(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":");
    return parts.length > 6 ? parts[6] : stateMachineArn;
  }

  /** Everything before {@code :stateMachine:}: partition, service, region and account. */
  static String prefix(String stateMachineArn) {
    int cut = stateMachineArn.indexOf(":stateMachine:");
    return cut < 0 ? stateMachineArn : stateMachineArn.substring(0, cut);
  }

  /**
   * The role executions of a state machine run as ({@code $$.Execution.RoleArn}): one per account
   * until state machines carry their own role.
   */
  static String role(String stateMachineArn) {
    String[] parts = stateMachineArn.split(":");
    String partition = parts.length > 1 ? parts[1] : "aws";
    String account = parts.length > 4 ? parts[4] : "123456789012";
    return "arn:" + partition + ":iam::" + account + ":role/stepwise";
  }

  static String execution(String stateMachineArn, StateMachineType type, String executionName) {
    String base = prefix(stateMachineArn);
    String machine = stateMachineName(stateMachineArn);
    return type == StateMachineType.EXPRESS
        ? base + ":express:" + machine + ":" + executionName + ":" + UUID.randomUUID()
        : base + ":execution:" + machine + ":" + executionName;
  }
}
