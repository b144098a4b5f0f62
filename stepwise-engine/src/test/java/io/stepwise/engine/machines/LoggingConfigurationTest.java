package io.stepwise.engine.machines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A state machine's logging configuration, read and checked as AWS checks it. */
class LoggingConfigurationTest {
  private static final String GROUP =
      "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders:*";

  private static String config(String level, String destinations) {
    return "{\"level\":\""
        + level
        + "\",\"includeExecutionData\":true,\"destinations\":"
        + destinations
        + "}";
  }

  private static String destination(String arn) {
    return "[{\"cloudWatchLogsLogGroup\":{\"logGroupArn\":\"" + arn + "\"}}]";
  }

  @Test
  void readsTheLevelTheDataFlagAndTheLogGroup() {
    LoggingConfiguration read = LoggingConfiguration.parse(config("ERROR", destination(GROUP)));

    assertThat(read.level()).isEqualTo(LogLevel.ERROR);
    assertThat(read.includeExecutionData()).isTrue();
    assertThat(read.enabled()).isTrue();
    assertThat(read.logGroupName()).isEqualTo("/aws/vendedlogs/states/orders");
  }

  @Test
  void noneOrOffWithoutADestinationIsLoggingOff() {
    assertThat(LoggingConfiguration.parse(null)).isEqualTo(LoggingConfiguration.OFF);
    assertThat(LoggingConfiguration.parse("{\"level\":\"OFF\",\"includeExecutionData\":false}"))
        .isEqualTo(LoggingConfiguration.OFF);
  }

  @Test
  void refusesALevelOtherThanOffWithoutExactlyOneDestination() {
    assertThatThrownBy(() -> LoggingConfiguration.parse(config("ALL", "[]")))
        .isInstanceOf(InvalidLoggingConfiguration.class)
        .hasMessageContaining("exactly one Log Destination");
    String two = "[" + destination(GROUP).substring(1, destination(GROUP).length() - 1);
    assertThatThrownBy(() -> LoggingConfiguration.parse(config("FATAL", two + "," + two + "]")))
        .isInstanceOf(InvalidLoggingConfiguration.class);
  }

  @Test
  void refusesADestinationThatIsNoLogGroupArnEndingWithAWildcard() {
    String withoutWildcard = GROUP.substring(0, GROUP.length() - 2);
    assertThatThrownBy(
            () -> LoggingConfiguration.parse(config("ALL", destination(withoutWildcard))))
        .isInstanceOf(InvalidLoggingConfiguration.class)
        .hasMessageContaining("':*'");
    assertThatThrownBy(() ->
            LoggingConfiguration.parse(
                config("ALL", destination("arn:aws:s3:::bucket/log-group:x:*"))))
        .isInstanceOf(InvalidLoggingConfiguration.class);
  }

  @Test
  void refusesAnUnknownLevel() {
    assertThatThrownBy(() -> LoggingConfiguration.parse(config("DEBUG", destination(GROUP))))
        .isInstanceOf(InvalidLoggingConfiguration.class)
        .hasMessageContaining("'DEBUG'");
  }
}
