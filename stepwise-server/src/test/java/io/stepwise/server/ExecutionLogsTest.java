package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.machines.LogLevel;
import io.stepwise.observability.logs.LogFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * Execution logs through the real SDK: each level's log holds exactly the events it promises of
 * what GetExecutionHistory shows, with or without execution data; Express executions, which keep no
 * history, are logged too.
 */
class ExecutionLogsTest extends ServerTestSupport {
  private static final String BRANCHING =
      """
      {"StartAt":"C","States":{
        "C":{"Type":"Choice","Choices":[
          {"Variable":"$.mode","StringEquals":"fail","Next":"F"},
          {"Variable":"$.mode","StringEquals":"catch","Next":"P"},
          {"Variable":"$.mode","StringEquals":"wait","Next":"W"}],"Default":"Done"},
        "F":{"Type":"Fail","Error":"Boom","Cause":"bad"},
        "P":{"Type":"Parallel","Branches":[{"StartAt":"X","States":{
          "X":{"Type":"Fail","Error":"Inner","Cause":"caught"}}}],
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done"}],"Next":"Done"},
        "W":{"Type":"Wait","Seconds":600,"Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}
      """;

  private static String group(String name) {
    return "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/" + name + ":*";
  }

  private static LogDestination destination(String logGroupArn) {
    return LogDestination.builder().cloudWatchLogsLogGroup(g -> g.logGroupArn(logGroupArn)).build();
  }

  private static LoggingConfiguration logging(String level, boolean data, String group) {
    return LoggingConfiguration.builder()
        .level(level)
        .includeExecutionData(data)
        .destinations(destination(group(group)))
        .build();
  }

  private String machine(
      String name, String definition, StateMachineType type, LoggingConfiguration logging) {
    return sfn.createStateMachine(b ->
            b.name(name)
                .definition(definition)
                .roleArn(ROLE)
                .type(type)
                .loggingConfiguration(logging))
        .stateMachineArn();
  }

  /** Runs one execution of each kind: succeeded, failed, caught error, aborted. */
  private List<String> runScript(String machineArn) throws Exception {
    List<String> arns = new ArrayList<>();
    for (String mode : List.of("ok", "fail", "catch")) {
      String arn =
          sfn.startExecution(b ->
                  b.stateMachineArn(machineArn).name(mode).input("{\"mode\":\"" + mode + "\"}"))
              .executionArn();
      awaitEnd(arn);
      arns.add(arn);
    }
    String waiting =
        sfn.startExecution(
                b -> b.stateMachineArn(machineArn).name("abort").input("{\"mode\":\"wait\"}"))
            .executionArn();
    awaitHistory(waiting, 3);
    sfn.stopExecution(b -> b.executionArn(waiting).error("Stop").cause("enough"));
    awaitEnd(waiting);
    arns.add(waiting);
    return arns;
  }

  private void awaitHistory(String arn, int events) throws InterruptedException {
    for (int i = 0; i < 1_000 && history(arn).size() < events; i++) {
      Thread.sleep(10);
    }
  }

  private List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn)).events().stream().toList();
  }

  /** The lines of a log group's file, once everything queued is written. */
  private List<JsonNode> lines(String group) throws Exception {
    assertThat(server.context().logs().writer().sync(Duration.ofSeconds(10))).isTrue();
    Path file = LogFiles.of(dataDir.resolve("logs"), "/aws/vendedlogs/states/" + group);
    if (!Files.exists(file)) {
      return List.of();
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      lines.add(Json.parse(line));
    }
    return lines;
  }

  private static String idAndType(HistoryEvent event) {
    return event.id() + " " + event.typeAsString();
  }

  private static String idAndType(JsonNode line) {
    return line.get("id").asText() + " " + line.get("type").asText();
  }

  private static boolean logs(LogLevel level, HistoryEvent event) {
    for (HistoryEventType type : HistoryEventType.values()) {
      if (type.awsName().equals(event.typeAsString())) {
        return level.logs(type);
      }
    }
    throw new AssertionError("unknown type " + event.typeAsString());
  }

  @Test
  void eachLevelsLogHoldsExactlyTheEventsItPromises() throws Exception {
    for (LogLevel level : List.of(LogLevel.ALL, LogLevel.ERROR, LogLevel.FATAL)) {
      String name = "levels-" + level;
      List<String> arns =
          runScript(
              machine(
                  name, BRANCHING, StateMachineType.STANDARD, logging(level.name(), true, name)));

      List<JsonNode> lines = lines(name);
      List<String> expected = new ArrayList<>();
      for (String arn : arns) {
        history(arn).stream()
            .filter(e -> logs(level, e))
            .map(ExecutionLogsTest::idAndType)
            .map(s -> arn + " " + s)
            .forEach(expected::add);
      }
      assertThat(lines)
          .as(level.name())
          .extracting(line -> line.get("execution_arn").asText() + " " + idAndType(line))
          .containsExactlyElementsOf(expected);
    }
    // The script's executions show every kind of end at each level.
    assertThat(lines("levels-FATAL"))
        .extracting(line -> line.get("type").asText())
        .containsExactly("ExecutionFailed", "ExecutionAborted");
    assertThat(lines("levels-ERROR"))
        .extracting(line -> line.get("type").asText())
        .contains("FailStateEntered", "ParallelStateFailed", "ExecutionFailed", "ExecutionAborted");
  }

  @Test
  void theDetailsAreTheHistorysWithOrWithoutExecutionData() throws Exception {
    String withData =
        machine("data", BRANCHING, StateMachineType.STANDARD, logging("ALL", true, "data"));
    String withoutData =
        machine("nodata", BRANCHING, StateMachineType.STANDARD, logging("ALL", false, "nodata"));
    String arn = runScript(withData).getFirst();
    runScript(withoutData);

    List<JsonNode> lines = lines("data");
    List<HistoryEvent> history = history(arn);
    JsonNode started = lines.getFirst();
    assertThat(started.at("/details/input").asText())
        .isEqualTo(history.getFirst().executionStartedEventDetails().input());
    assertThat(started.get("redrive_count").asText()).isEqualTo("0");
    assertThat(started.get("event_timestamp").asText())
        .isEqualTo(Long.toString(history.getFirst().timestamp().toEpochMilli()));

    List<JsonNode> bare = lines("nodata");
    assertThat(bare).hasSize(lines.size());
    assertThat(bare)
        .allSatisfy(line -> {
          assertThat(line.get("details").has("input")).isFalse();
          assertThat(line.get("details").has("output")).isFalse();
        });
    assertThat(bare)
        .filteredOn(line -> line.get("type").asText().equals("ExecutionFailed"))
        .singleElement()
        .satisfies(line -> assertThat(line.at("/details/error").asText()).isEqualTo("Boom"));
  }

  @Test
  void offLogsNothing() throws Exception {
    String off =
        machine(
            "off",
            BRANCHING,
            StateMachineType.STANDARD,
            LoggingConfiguration.builder().level("OFF").includeExecutionData(false).build());
    runScript(off);

    assertThat(lines("off")).isEmpty();
    assertThat(server.context().logs().writer().directory()).isEqualTo(dataDir.resolve("logs"));
  }

  @Test
  void expressExecutionsAsyncAndSyncAreLoggedThoughTheyKeepNoHistory() throws Exception {
    String express = machine("fast", PASS, StateMachineType.EXPRESS, logging("ALL", true, "fast"));

    String async =
        sfn.startExecution(b -> b.stateMachineArn(express).name("async").input("{\"a\":1}"))
            .executionArn();
    awaitEnd(async);
    String sync =
        sfn.startSyncExecution(b -> b.stateMachineArn(express).name("sync").input("{\"s\":2}"))
            .executionArn();

    List<JsonNode> lines = lines("fast");
    List<String> types =
        List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(lines)
        .filteredOn(line -> line.get("execution_arn").asText().equals(async))
        .extracting(line -> line.get("type").asText())
        .containsExactlyElementsOf(types);
    assertThat(lines)
        .filteredOn(line -> line.get("execution_arn").asText().equals(sync))
        .extracting(line -> line.get("type").asText())
        .containsExactlyElementsOf(types);
    assertThat(lines.getFirst().at("/details/input").asText()).isEqualTo("{\"a\":1}");
    assertThat(server.context().expressStore().history(async, false, null, 100).items()).isEmpty();
  }

  @Test
  void aLevelOtherThanOffNeedsALogGroupArnEndingWithAWildcard() {
    assertThatThrownBy(() ->
            machine(
                "nowhere",
                PASS,
                StateMachineType.STANDARD,
                LoggingConfiguration.builder().level("ERROR").build()))
        .isInstanceOf(InvalidLoggingConfigurationException.class)
        .hasMessageContaining("exactly one Log Destination");
    String arn = createStateMachine("later", PASS);
    LoggingConfiguration noWildcard =
        LoggingConfiguration.builder()
            .level("ALL")
            .destinations(destination("arn:aws:logs:us-east-1:123456789012:log-group:x"))
            .build();
    assertThatThrownBy(() ->
            sfn.updateStateMachine(b -> b.stateMachineArn(arn).loggingConfiguration(noWildcard)))
        .isInstanceOf(InvalidLoggingConfigurationException.class)
        .hasMessageContaining("':*'");
  }
}
