package io.stepwise.server.console;

import io.javalin.http.Context;
import io.stepwise.engine.run.ExecutionStatus;
import io.stepwise.server.model.ExecutionListItem;
import io.stepwise.server.model.ListExecutionsInput;
import io.stepwise.server.model.ListExecutionsOutput;
import io.stepwise.server.model.ListStateMachinesInput;
import io.stepwise.server.model.ListStateMachinesOutput;
import io.stepwise.server.model.StateMachineListItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /executions}: the executions of one state machine, of one map run, or of all state
 * machines, newest first, filtered by status and by a part of their name. An htmx request from the
 * filter form gets the table alone; the same form works as a plain GET without scripts.
 */
final class ExecutionListPage {
  private final ConsoleApi api;
  private final Templates templates;

  ExecutionListPage(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
  }

  /** The rows to show, and whether more matched than the limit. */
  record Listing(List<ExecutionListItem> executions, boolean more) {}

  void answer(Context ctx) {
    ExecutionFilter filter = ExecutionFilter.of(ctx);
    Listing listing = list(filter);
    Map<String, Object> params = new HashMap<>();
    params.put("filter", filter);
    params.put("executions", listing.executions());
    params.put("more", listing.more());
    params.put("statuses", ExecutionStatus.values());
    boolean tableOnly =
        ctx.header("HX-Request") != null
            && ctx.header("HX-History-Restore-Request") == null
            && "executions-table".equals(ctx.header("HX-Target"));
    templates.answer(ctx, tableOnly ? "executions/table.jte" : "executions/list.jte", params);
  }

  Listing list(ExecutionFilter filter) {
    List<ExecutionListItem> matching = new ArrayList<>();
    if (filter.mapRunArn() != null || filter.stateMachineArn() != null) {
      collect(filter, filter.stateMachineArn(), matching);
    } else {
      for (StateMachineListItem machine : machines()) {
        try {
          collect(filter, machine.stateMachineArn(), matching);
        } catch (ApiCallFailed e) {
          // An Express machine's executions are not listed (StateMachineTypeNotSupported).
        }
      }
    }
    matching.sort(
        Comparator.comparing(
                ExecutionListItem::startDate,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .reversed());
    boolean more = matching.size() > filter.limit();
    return new Listing(more ? matching.subList(0, filter.limit()) : matching, more);
  }

  /** One machine's (or map run's) matching executions, newest first, one more than the limit. */
  private void collect(
      ExecutionFilter filter, String stateMachineArn, List<ExecutionListItem> into) {
    ExecutionStatus status =
        filter.status() == null ? null : ExecutionStatus.valueOf(filter.status());
    String q = filter.q().toLowerCase(Locale.ROOT);
    int found = 0;
    String next = null;
    do {
      ListExecutionsOutput page =
          api.call(
              new ListExecutionsInput(
                  filter.mapRunArn() == null ? stateMachineArn : null,
                  status,
                  1000,
                  next,
                  filter.mapRunArn(),
                  null),
              ListExecutionsOutput.class);
      for (ExecutionListItem execution : page.executions()) {
        if (q.isEmpty() || execution.name().toLowerCase(Locale.ROOT).contains(q)) {
          into.add(execution);
          found++;
        }
      }
      next = page.nextToken();
    } while (next != null && found <= filter.limit());
  }

  private List<StateMachineListItem> machines() {
    return api.all(
        next -> new ListStateMachinesInput(1000, next),
        ListStateMachinesOutput.class,
        ListStateMachinesOutput::stateMachines,
        ListStateMachinesOutput::nextToken);
  }
}
