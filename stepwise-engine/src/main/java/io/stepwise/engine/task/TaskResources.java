package io.stepwise.engine.task;

import io.stepwise.asl.error.StatesError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the {@link TaskResource} for a resource ARN: exact ARNs first, then patterns in the order
 * they were added. A resource nothing handles fails its task with {@code States.TaskFailed}.
 */
public final class TaskResources {

  private final Map<String, TaskResource> exact = new LinkedHashMap<>();
  private final Map<Predicate<String>, TaskResource> patterns = new LinkedHashMap<>();
  private volatile TaskAround around = TaskAround.NONE;

  /** No resources: every task fails, naming its resource. */
  public static TaskResources none() {
    return new TaskResources();
  }

  /** Handles exactly this resource ARN. */
  public TaskResources register(String resourceArn, TaskResource resource) {
    exact.put(resourceArn, resource);
    return this;
  }

  /** Handles every resource ARN the predicate accepts. */
  public TaskResources register(Predicate<String> resourceArns, TaskResource resource) {
    patterns.put(resourceArns, resource);
    return this;
  }

  /** Runs every invocation made through {@link #invoke} inside this; replaces any earlier one. */
  public TaskResources around(TaskAround around) {
    this.around = around;
    return this;
  }

  public Optional<TaskResource> find(String resourceArn) {
    TaskResource found = exact.get(resourceArn);
    if (found != null) {
      return Optional.of(found);
    }
    return patterns.entrySet().stream()
        .filter(e -> e.getKey().test(resourceArn))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Invokes the resource for this ARN, or fails as AWS would for a resource it cannot reach. */
  public TaskOutcome invoke(TaskInvocation invocation) {
    return invoke(invocation, TaskContext.NONE);
  }

  /** As {@link #invoke(TaskInvocation)}, with a context for the task to report progress to. */
  public TaskOutcome invoke(TaskInvocation invocation, TaskContext context) {
    return find(invocation.resource())
        .map(r -> around.around(invocation, () -> r.invoke(invocation, context)))
        .orElseGet(() ->
            TaskOutcome.failed(
                StatesError.TASK_FAILED.errorName(),
                "No task resource is configured for '" + invocation.resource() + "'"));
  }
}
