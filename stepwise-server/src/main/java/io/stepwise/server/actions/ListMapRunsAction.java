package io.stepwise.server.actions;

import io.stepwise.engine.interpreter.Execution;
import io.stepwise.server.MapRunArns;
import io.stepwise.server.PageSize;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ListMapRunsInput;
import io.stepwise.server.model.ListMapRunsOutput;
import io.stepwise.server.model.MapRunListItem;
import io.stepwise.server.protocol.ApiException;
import java.util.List;

/**
 * {@code ListMapRuns}: the Distributed Map runs an execution started, oldest first. A page's token
 * is the ARN of its last run.
 */
public final class ListMapRunsAction implements Action<ListMapRunsInput, ListMapRunsOutput> {
  private final ServerContext context;

  public ListMapRunsAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListMapRunsInput> inputType() {
    return ListMapRunsInput.class;
  }

  @Override
  public ListMapRunsOutput handle(ListMapRunsInput input) {
    String executionArn = context.execution(input.executionArn()).executionArn();
    int size = PageSize.of(input.maxResults());
    List<Execution.MapRunView> runs =
        context
            .runtime()
            .mapRuns(executionArn)
            .orElseThrow(() -> ApiException.executionDoesNotExist(executionArn));
    int from = 0;
    if (input.nextToken() != null) {
      from = indexAfter(runs, input.nextToken());
    }
    List<Execution.MapRunView> page = runs.subList(from, Math.min(runs.size(), from + size));
    String next = from + page.size() < runs.size() ? page.get(page.size() - 1).mapRunArn() : null;
    return new ListMapRunsOutput(
        page.stream()
            .map(run ->
                new MapRunListItem(
                    run.executionArn(),
                    run.mapRunArn(),
                    MapRunArns.stateMachineOf(run.mapRunArn()),
                    run.startDate(),
                    run.stopDate()))
            .toList(),
        next);
  }

  private static int indexAfter(List<Execution.MapRunView> runs, String token) {
    for (int i = 0; i < runs.size(); i++) {
      if (runs.get(i).mapRunArn().equals(token)) {
        return i + 1;
      }
    }
    throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
  }
}
