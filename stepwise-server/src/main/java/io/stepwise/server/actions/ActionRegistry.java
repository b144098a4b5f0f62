package io.stepwise.server.actions;

import io.stepwise.server.ServerContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The actions this server answers, by name. */
public final class ActionRegistry {
  private final Map<String, Action<?, ?>> byName = new TreeMap<>();

  private ActionRegistry(List<Action<?, ?>> actions) {
    for (Action<?, ?> action : actions) {
      if (byName.put(action.name(), action) != null) {
        throw new IllegalArgumentException("Two actions are named " + action.name());
      }
    }
  }

  /** Every action of this cut, working on a context. */
  public static ActionRegistry of(ServerContext context) {
    return new ActionRegistry(
        List.of(
            new CreateStateMachineAction(context),
            new DescribeStateMachineAction(context),
            new UpdateStateMachineAction(context),
            new DeleteStateMachineAction(context),
            new ListStateMachinesAction(context),
            new DescribeStateMachineForExecutionAction(context),
            new StartExecutionAction(context),
            new StartSyncExecutionAction(context),
            new DescribeExecutionAction(context),
            new StopExecutionAction(context),
            new ListExecutionsAction(context),
            new GetExecutionHistoryAction(context),
            new RedriveExecutionAction(context),
            new DescribeMapRunAction(context),
            new ListMapRunsAction(context),
            new UpdateMapRunAction(context),
            new ValidateStateMachineDefinitionAction(),
            new PublishStateMachineVersionAction(context),
            new ListStateMachineVersionsAction(context),
            new DeleteStateMachineVersionAction(context),
            new CreateStateMachineAliasAction(context),
            new DescribeStateMachineAliasAction(context),
            new UpdateStateMachineAliasAction(context),
            new DeleteStateMachineAliasAction(context),
            new ListStateMachineAliasesAction(context),
            new TagResourceAction(context),
            new UntagResourceAction(context),
            new ListTagsForResourceAction(context),
            new CreateActivityAction(context),
            new DescribeActivityAction(context),
            new ListActivitiesAction(context),
            new DeleteActivityAction(context),
            new GetActivityTaskAction(context),
            new SendTaskSuccessAction(context),
            new SendTaskFailureAction(context),
            new SendTaskHeartbeatAction(context),
            new TestStateAction(context)));
  }

  /** The action of this name. */
  public Optional<Action<?, ?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The names of every action, in alphabetical order. */
  public Set<String> names() {
    return byName.keySet();
  }
}
