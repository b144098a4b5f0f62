package io.stepwise.server.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The console's addresses of executions and their states, with their parameters encoded. */
public final class ExecutionLinks {
  private ExecutionLinks() {}

  public static String execution(String executionArn) {
    return "/execution?arn=" + encode(executionArn);
  }

  /** A state's details within an execution. */
  public static String state(String executionArn, String stateName) {
    return "/execution/state?arn=" + encode(executionArn) + "&name=" + encode(stateName);
  }

  /** The live updates of an execution (server-sent events). */
  public static String live(String executionArn) {
    return "/execution/live?arn=" + encode(executionArn);
  }

  /** The child executions of a Distributed Map's run. */
  public static String mapRunExecutions(String mapRunArn) {
    return "/executions?mapRunArn=" + encode(mapRunArn);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
