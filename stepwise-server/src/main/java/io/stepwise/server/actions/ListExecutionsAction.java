package io.stepwise.server.actions;

import io.stepwise.engine.machines.StateMachineArn;
import io.stepwise.engine.machines.StateMachineDescription;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.engine.store.ExecutionRecord;
import io.stepwise.engine.store.Page;
import io.stepwise.server.ExecutionOrigins;
import io.stepwise.server.PageSize;
import io.stepwise.server.RedriveDates;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.ExecutionListItem;
import io.stepwise.server.model.ListExecutionsInput;
import io.stepwise.server.model.ListExecutionsOutput;
import io.stepwise.server.protocol.ApiException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code ListExecutions} of a Standard state machine, newest first, by status and redrive filter.
 * For a version or alias ARN, the executions started through it: such a page may hold fewer items
 * than asked for, which AWS's paging allows.
 */
public final class ListExecutionsAction
    implements Action<ListExecutionsInput, ListExecutionsOutput> {
  private final ServerContext context;

  public ListExecutionsAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<ListExecutionsInput> inputType() {
    return ListExecutionsInput.class;
  }

  @Override
  public ListExecutionsOutput handle(ListExecutionsInput input) {
    if (input.stateMachineArn() == null) {
      if (input.mapRunArn() != null) {
        // A Distributed Map's items run inside its execution here, not as child executions.
        throw new ApiException(
            "ResourceNotFound",
            "Listing the child executions of a Map Run is not supported yet; use DescribeMapRun"
                + " for its item counts: "
                + input.mapRunArn());
      }
      throw ApiException.validation("Must provide a StateMachine ARN or MapRun ARN");
    }
    StateMachineArn arn = StateMachineArn.parse(input.stateMachineArn());
    StateMachineDescription machine =
        context.registry().describeStateMachine(arn.stateMachineArn());
    if (machine.type() == StateMachineType.EXPRESS) {
      throw ApiException.typeNotSupported(
          "This operation is not supported by this type of state machine");
    }
    int size = PageSize.of(input.maxResults());
    Page<ExecutionRecord> page =
        ServerContext.page(() ->
            context
                .standardStore()
                .executions(arn.stateMachineArn(), input.statusFilter(), input.nextToken(), size));
    Predicate<ExecutionRecord> wanted =
        redriveFilter(input.redriveFilter()).and(startedThrough(arn));
    return new ListExecutionsOutput(
        page.items().stream().filter(wanted).map(this::item).toList(), page.nextToken());
  }

  private static Predicate<ExecutionRecord> redriveFilter(String filter) {
    if (filter == null) {
      return execution -> true;
    }
    return switch (filter) {
      case "REDRIVEN" -> execution -> execution.redriveCount() > 0;
      case "NOT_REDRIVEN" -> execution -> execution.redriveCount() == 0;
      default ->
          throw ApiException.constraint(
              filter, "redriveFilter", "satisfy enum value set: [REDRIVEN, NOT_REDRIVEN]");
    };
  }

  private Predicate<ExecutionRecord> startedThrough(StateMachineArn arn) {
    if (arn.isUnqualified()) {
      return execution -> true;
    }
    String text = arn.text();
    return execution -> {
      Optional<ExecutionOrigins.Origin> origin = context.origins().of(execution.executionArn());
      return origin.isPresent()
          && (text.equals(origin.get().versionArn()) || text.equals(origin.get().aliasArn()));
    };
  }

  private ExecutionListItem item(ExecutionRecord execution) {
    Optional<ExecutionOrigins.Origin> origin = context.origins().of(execution.executionArn());
    return new ExecutionListItem(
        execution.executionArn(),
        execution.stateMachineArn(),
        execution.name(),
        execution.status(),
        execution.startDate(),
        execution.stopDate(),
        origin.map(ExecutionOrigins.Origin::versionArn).orElse(null),
        origin.map(ExecutionOrigins.Origin::aliasArn).orElse(null),
        execution.redriveCount(),
        RedriveDates.of(context.standardStore(), execution));
  }
}
