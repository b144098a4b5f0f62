package io.stepwise.server.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.Page;
import io.stepwise.server.PageSize;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.GetExecutionHistoryInput;
import io.stepwise.server.model.GetExecutionHistoryOutput;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code GetExecutionHistory}: the events, oldest or newest first, a page at a time; without
 * execution data when asked, as AWS leaves out inputs and outputs then.
 */
public final class GetExecutionHistoryAction
    implements Action<GetExecutionHistoryInput, GetExecutionHistoryOutput> {
  private final ServerContext context;

  public GetExecutionHistoryAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<GetExecutionHistoryInput> inputType() {
    return GetExecutionHistoryInput.class;
  }

  @Override
  public GetExecutionHistoryOutput handle(GetExecutionHistoryInput input) {
    ExecutionRecord execution = context.execution(input.executionArn());
    int size = PageSize.of(input.maxResults());
    boolean reverse = Boolean.TRUE.equals(input.reverseOrder());
    Page<HistoryEvent> page =
        ServerContext.page(() ->
            context
                .storeOf(execution.executionArn())
                .history(execution.executionArn(), reverse, input.nextToken(), size));
    boolean withData = !Boolean.FALSE.equals(input.includeExecutionData());
    List<JsonNode> events =
        page.items().stream()
            .map(event -> withData ? event.toAwsJson() : withoutData(event.toAwsJson()))
            .map(JsonNode.class::cast)
            .toList();
    return new GetExecutionHistoryOutput(events, page.nextToken());
  }

  /** The event with its details' {@code input} and {@code output} left out. */
  private static ObjectNode withoutData(ObjectNode event) {
    for (Iterator<Map.Entry<String, JsonNode>> it = event.properties().iterator(); it.hasNext(); ) {
      JsonNode details = it.next().getValue();
      if (details instanceof ObjectNode members) {
        for (String member : List.of("input", "output")) {
          if (members.has(member)) {
            members.remove(member);
            members.putObject(member + "Details").put("included", false);
          }
        }
      }
    }
    return event;
  }
}
