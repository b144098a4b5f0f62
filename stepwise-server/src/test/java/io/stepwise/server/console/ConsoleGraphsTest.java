package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.json.Json;
import org.junit.jupiter.api.Test;

/** The console draws graphs with stepwise-graph, coloured by history, and says when it cannot. */
class ConsoleGraphsTest {
  private static final String PASS_THEN_WAIT =
      """
      {"StartAt":"P","States":{"P":{"Type":"Pass","Next":"W"},
        "W":{"Type":"Wait","Seconds":5,"End":true}}}
      """;

  @Test
  void aStateMachinesGraphHasEveryStateNotReached() {
    String svg = ConsoleGraphs.svg(PASS_THEN_WAIT, null);

    assertThat(svg).startsWith("<svg").contains("data-state=\"P\"", "data-state=\"W\"");
    assertThat(svg)
        .contains("data-status=\"NOT_REACHED\"")
        .doesNotContain("data-status=\"SUCCEEDED\"");
  }

  @Test
  void anExecutionsGraphIsColouredByItsHistory() throws Exception {
    String svg =
        ConsoleGraphs.svg(
            PASS_THEN_WAIT,
            Json.parse(
                """
                [{"id":1,"previousEventId":0,"type":"ExecutionStarted","timestamp":1.0},
                 {"id":2,"previousEventId":1,"type":"PassStateEntered","timestamp":1.0,
                  "stateEnteredEventDetails":{"name":"P","input":"{}"}},
                 {"id":3,"previousEventId":2,"type":"PassStateExited","timestamp":1.0,
                  "stateExitedEventDetails":{"name":"P","output":"{}"}},
                 {"id":4,"previousEventId":3,"type":"WaitStateEntered","timestamp":1.0,
                  "stateEnteredEventDetails":{"name":"W","input":"{}"}}]
                """));

    assertThat(svg)
        .containsPattern("data-state=\"P\"[^>]*data-status=\"SUCCEEDED\"")
        .containsPattern("data-state=\"W\"[^>]*data-status=\"IN_PROGRESS\"");
  }

  @Test
  void aDefinitionThatCannotBeDrawnIsAMessage() {
    String html = ConsoleGraphs.svg("{\"StartAt\":\"Nowhere\",\"States\":{}}", null);

    assertThat(html).startsWith("<p class=\"alert alert-error\"").contains("cannot be drawn");
  }
}
