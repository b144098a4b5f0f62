package io.stepwise.server.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the console's pages about a state machine are; called from the templates. */
public final class StateMachineLinks {
  private StateMachineLinks() {}

  /** The page of a state machine, a version or an alias. */
  public static String page(String arn) {
    return "/state-machine?arn=" + encode(arn);
  }

  /** One tab of a state machine's page. */
  public static String tab(String arn, String tab) {
    return page(arn) + "&tab=" + tab;
  }

  public static String edit(String arn) {
    return "/state-machine/edit?arn=" + encode(arn);
  }

  /** The executions of a state machine, a version or an alias (the executions part's page). */
  public static String executions(String arn) {
    return "/executions?stateMachineArn=" + encode(arn);
  }

  /** The form that starts an execution (the executions part's page). */
  public static String startExecution(String arn) {
    return "/executions/new?stateMachineArn=" + encode(arn);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
