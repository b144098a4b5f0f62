package io.stepwise.server;

import io.stepwise.engine.machines.InvalidArn;

/**
 * Map run ARNs: {@code arn:<partition>:states:<region>:<account>:mapRun:<machine>/<label>:<id>}.
 */
public final class MapRunArns {
  private MapRunArns() {}

  /**
   * Checks that text is a map run ARN.
   *
   * @throws InvalidArn otherwise, worded as AWS words it
   */
  public static String check(String text) {
    String[] parts = text.split(":", -1);
    if (!text.startsWith("arn:") || parts.length < 8 || !"states".equals(parts[2])) {
      throw new InvalidArn("Invalid ARN prefix: " + text);
    }
    if (!"mapRun".equals(parts[5])) {
      throw new InvalidArn("Resource type not valid in this context: " + parts[5]);
    }
    return text;
  }

  /**
   * The ARN ListMapRuns reports as a run's state machine: the machine's ARN with the Map state's
   * label, {@code arn:...:stateMachine:<machine>/<label>}.
   */
  public static String stateMachineOf(String mapRunArn) {
    String withoutId = mapRunArn.substring(0, mapRunArn.lastIndexOf(':'));
    return withoutId.replaceFirst(":mapRun:", ":stateMachine:");
  }
}
