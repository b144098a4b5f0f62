package io.stepwise.engine.machines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine's {@code loggingConfiguration}, read from the JSON text the registry keeps.
 *
 * @param level which events are logged
 * @param includeExecutionData whether inputs, outputs and task parameters are logged
 * @param logGroupArn the one destination, a CloudWatch Logs log group ARN ending {@code :*}; {@code
 *     null} only when the level is {@code OFF}
 */
public record LoggingConfiguration(
    LogLevel level, boolean includeExecutionData, String logGroupArn) {

  /** Logging off, as a state machine created without a configuration has it. */
  public static final LoggingConfiguration OFF =
      new LoggingConfiguration(LogLevel.OFF, false, null);

  /** {@code arn:<partition>:logs:<region>:<account>:log-group:<name>:*}, as AWS requires it. */
  private static final Pattern LOG_GROUP_ARN =
      Pattern.compile(
          "arn:[a-z-]+:logs:[a-z0-9-]*:[0-9]*:log-group:([.\\-_/#A-Za-z0-9]{1,512}):\\*");

  /** Whether anything is logged. */
  public boolean enabled() {
    return level != LogLevel.OFF;
  }

  /** The log group's name, from its ARN; {@code null} without a destination. */
  public String logGroupName() {
    if (logGroupArn == null) {
      return null;
    }
    Matcher matcher = LOG_GROUP_ARN.matcher(logGroupArn);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /**
   * Reads and checks a configuration as CreateStateMachine and UpdateStateMachine take it; {@code
   * null} is logging off.
   *
   * @throws InvalidLoggingConfiguration where AWS refuses it: an unknown level, a level other than
   *     {@code OFF} without exactly one destination, or a destination that is no log group ARN
   *     ending {@code :*}
   */
  public static LoggingConfiguration parse(String json) {
    if (json == null) {
      return OFF;
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidLoggingConfiguration("not valid JSON: " + json);
    }
    if (node == null || !node.isObject()) {
      throw new InvalidLoggingConfiguration("expected an object, but it was " + json);
    }
    LogLevel level = level(node.path("level"));
    boolean includeExecutionData = node.path("includeExecutionData").asBoolean(false);
    JsonNode destinations = node.path("destinations");
    int count = destinations.isArray() ? destinations.size() : 0;
    if (count > 1 || (count == 0 && level != LogLevel.OFF)) {
      throw new InvalidLoggingConfiguration("Must specify exactly one Log Destination.");
    }
    String arn = null;
    if (count == 1) {
      arn = destinations.get(0).path("cloudWatchLogsLogGroup").path("logGroupArn").asText(null);
      if (arn == null || !LOG_GROUP_ARN.matcher(arn).matches()) {
        throw new InvalidLoggingConfiguration(
            "Expected a CloudWatch Logs log group ARN ending with ':*' as the destination, but it"
                + " was '"
                + arn
                + "'");
      }
    }
    return new LoggingConfiguration(level, includeExecutionData, arn);
  }

  private static LogLevel level(JsonNode level) {
    if (level.isMissingNode() || level.isNull()) {
      return LogLevel.OFF;
    }
    try {
      return LogLevel.valueOf(level.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidLoggingConfiguration(
          "Expected a level of ALL, ERROR, FATAL or OFF, but it was '" + level.asText() + "'");
    }
  }
}
