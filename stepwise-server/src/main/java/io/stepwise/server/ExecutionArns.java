package io.stepwise.server;

import io.stepwise.engine.machines.InvalidArn;
import java.util.UUID;

/** Execution ARNs: what the execution API accepts, and the ARNs of synchronous Express runs. */
public final class ExecutionArns {
  private ExecutionArns() {}

  /**
   * Checks that text is an execution ARN ({@code arn:<partition>:states:<region>:<account>:
   * execution:<state machine>:<name>}, or {@code express:} for Express executions).
   *
   * @throws InvalidArn otherwise, worded as AWS words it
   */
  public static String check(String text) {
    if (text == null || !text.startsWith("arn:")) {
      throw new InvalidArn("Invalid ARN prefix: " + text);
    }
    String[] parts = text.split(":", -1);
    if (parts.length < 8 || !"states".equals(parts[2])) {
      throw new InvalidArn("Invalid ARN prefix: " + text);
    }
    if (!"execution".equals(parts[5]) && !"express".equals(parts[5])) {
      throw new InvalidArn("Resource type not valid in this context: " + parts[5]);
    }
    return text;
  }

  /** Whether an execution ARN is an Express execution's. */
  public static boolean isExpress(String executionArn) {
    return executionArn.contains(":express:");
  }

  /** The ARN AWS gives a synchronous Express execution of a state machine. */
  public static String express(String stateMachineArn, String executionName) {
    int cut = stateMachineArn.indexOf(":stateMachine:");
    String prefix = stateMachineArn.substring(0, cut);
    String machine = stateMachineArn.substring(cut + ":stateMachine:".length());
    return prefix + ":express:" + machine + ":" + executionName + ":" + UUID.randomUUID();
  }
}
