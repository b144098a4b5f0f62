package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Distributed Map's map run on its state's details, and its child executions listed. */
class MapRunPagesTest extends ConsoleTestSupport {
  private static final String DISTRIBUTED =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items",
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Double","States":{"Double":{"Type":"Pass","End":true}}},
        "Label":"each","End":true}}}
      """;

  @Test
  void theMapStateShowsItsRunsCountsAndLinksToItsChildren() throws Exception {
    String machine = createStateMachine("Distributed", DISTRIBUTED);
    String arn =
        sfn.startExecution(
                b -> b.stateMachineArn(machine).name("fan-out").input("{\"items\":[1,2,3]}"))
            .executionArn();
    awaitEnd(arn);
    String mapRun = sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().getFirst().mapRunArn();

    String state = get("/execution/state?arn=" + enc(arn) + "&name=Each").body();
    String children = get("/executions?mapRunArn=" + enc(mapRun)).body();

    assertThat(state)
        .contains("Map run", mapRun)
        .containsPattern("<dt>Succeeded</dt><dd>3</dd>")
        .containsPattern("<dt>Total</dt><dd>3</dd>")
        .contains("Child executions of this map run");
    assertThat(children).contains("Map run").contains("status status-SUCCEEDED");
    assertThat(children.split("status status-SUCCEEDED", -1)).hasSize(4);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
