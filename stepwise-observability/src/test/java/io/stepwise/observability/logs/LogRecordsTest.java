package io.stepwise.observability.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One history event as the line CloudWatch Logs receives from Step Functions. */
class LogRecordsTest {
  private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:Orders:o-1";

  private static HistoryEvent started() throws Exception {
    ObjectNode details =
        (ObjectNode)
            Json.parse(
                "{\"input\":\"{\\\"n\\\":1}\",\"inputDetails\":{\"truncated\":false},"
                    + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\"}");
    return new HistoryEvent(
        1, 0, HistoryEventType.EXECUTION_STARTED, Instant.ofEpochMilli(1713959670672L), details);
  }

  @Test
  void writesAwssMembersInAwssOrderWithNumbersAsStrings() throws Exception {
    JsonNode line = Json.parse(LogRecords.line(started(), ARN, 2, true));

    assertThat(line.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "type",
            "details",
            "previous_event_id",
            "event_timestamp",
            "execution_arn",
            "redrive_count");
    assertThat(line.get("id").asText()).isEqualTo("1");
    assertThat(line.get("id").isTextual()).isTrue();
    assertThat(line.get("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(line.get("previous_event_id").asText()).isEqualTo("0");
    assertThat(line.get("event_timestamp").asText()).isEqualTo("1713959670672");
    assertThat(line.get("execution_arn").asText()).isEqualTo(ARN);
    assertThat(line.get("redrive_count").asText()).isEqualTo("2");
    assertThat(line.at("/details/input").asText()).isEqualTo("{\"n\":1}");
  }

  @Test
  void withoutExecutionDataTheDetailsKeepNoInputOrOutput() throws Exception {
    JsonNode line = Json.parse(LogRecords.line(started(), ARN, 0, false));

    assertThat(line.get("details").fieldNames()).toIterable().containsExactly("roleArn");
  }

  @Test
  void anEventWithoutDetailsHasAnEmptyObject() throws Exception {
    HistoryEvent aborted =
        new HistoryEvent(4, 3, HistoryEventType.TASK_STATE_ABORTED, Instant.EPOCH, null);

    assertThat(Json.parse(LogRecords.line(aborted, ARN, 0, true)).get("details").isEmpty())
        .isTrue();
  }

  @Test
  void aLogGroupIsOneFileInTheFolderWhateverItsName() {
    Path folder = Path.of("/data/logs");

    assertThat(LogFiles.of(folder, "/aws/vendedlogs/states/orders"))
        .isEqualTo(folder.resolve("%2Faws%2Fvendedlogs%2Fstates%2Forders.log"));
    assertThat(LogFiles.of(folder, "..").getParent()).isEqualTo(folder);
    assertThat(List.of(LogFiles.of(folder, "a/b"), LogFiles.of(folder, "a_b")))
        .doesNotHaveDuplicates();
  }
}
