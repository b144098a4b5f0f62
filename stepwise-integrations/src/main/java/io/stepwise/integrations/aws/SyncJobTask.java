package io.stepwise.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.task.TaskContext;
import io.stepwise.engine.task.TaskInvocation;
import io.stepwise.engine.task.TaskOutcome;
import io.stepwise.engine.task.TaskResource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code glue:startJobRun.sync}, {@code ecs:runTask.sync}, {@code batch:submitJob.sync} and {@code
 * sagemaker:createTrainingJob|createTransformJob.sync}: starts the job, then asks the service how
 * it is doing every poll interval until it ends, as Step Functions does; the result is the job as
 * last described (see {@link SyncJob}).
 *
 * <p>The polling happens on the task's own (virtual) thread, as every task's call does; it stops
 * once the state's timeout has passed, when the engine has already failed the task.
 */
public final class SyncJobTask implements TaskResource {

  private static final List<SyncJob> JOBS =
      List.of(
          new SyncJob.Glue(),
          new SyncJob.Ecs(),
          new SyncJob.Batch(),
          SyncJob.SageMaker.TRAINING,
          SyncJob.SageMaker.TRANSFORM);

  private final AwsServiceClients clients;
  private final Duration pollInterval;

  /**
   * @param pollInterval how long to wait between two describe calls
   */
  public SyncJobTask(AwsServiceClients clients, Duration pollInterval) {
    this.clients = clients;
    this.pollInterval = pollInterval;
  }

  /** Whether this resource ARN is a job this task runs to completion. */
  public static boolean handles(String resourceArn) {
    return job(resourceArn).isPresent();
  }

  private static Optional<SyncJob> job(String resourceArn) {
    Optional<AwsResource> resource = AwsResource.parse(resourceArn);
    if (resource.isEmpty() || !"sync".equals(resource.get().pattern())) {
      return Optional.empty();
    }
    return JOBS.stream()
        .filter(job -> job.integration().service().equals(resource.get().service()))
        .filter(job -> job.startAction().equals(resource.get().action()))
        .findFirst();
  }

  @Override
  public TaskOutcome invoke(TaskInvocation invocation) {
    return invoke(invocation, TaskContext.NONE);
  }

  /** Reports the start request's answer as submitted (AWS's {@code TaskSubmitted}), then polls. */
  @Override
  public TaskOutcome invoke(TaskInvocation invocation, TaskContext context) {
    SyncJob job = job(invocation.resource()).orElseThrow();
    OptimizedIntegration integration = job.integration();
    Optional<ServiceActions> actions = ServiceActions.of(integration, clients);
    if (actions.isEmpty()) {
      return TaskOutcome.failed(
          StatesError.RUNTIME.errorName(),
          "The AWS SDK for the service '"
              + integration.sdkService()
              + "' is not on the class path");
    }
    JsonNode parameters = invocation.parameters();
    ObjectNode startedJob = null;
    try {
      ObjectNode started = actions.get().call(job.startAction(), parameters).output();
      startedJob = started;
      String refused = job.startFailure(started);
      if (refused != null) {
        return TaskOutcome.failed(refused, Json.write(started));
      }
      context.submitted(started);
      ObjectNode describeParameters = job.describeParameters(parameters, started);
      long deadline = deadline(invocation);
      while (true) {
        JsonNode current =
            job.job(actions.get().call(job.describeAction(), describeParameters).output());
        if (current == null) {
          return TaskOutcome.failed(
              StatesError.TASK_FAILED.errorName(),
              "The job started by " + job.startAction() + " is not described by the service");
        }
        if (job.ended(current)) {
          return job.succeeded(current)
              ? TaskOutcome.succeeded(current)
              : TaskOutcome.failed(StatesError.TASK_FAILED.errorName(), Json.write(current));
        }
        if (System.nanoTime() > deadline) {
          // The state timed out (the engine has failed the task already): the job stops too.
          stop(job, actions.get(), parameters, started);
          return TaskOutcome.failed(StatesError.TIMEOUT.errorName(), null);
        }
        Thread.sleep(pollInterval);
      }
    } catch (ServiceActions.Failed failed) {
      // Interrupted inside a call: the HTTP client may report it as a failure of the call.
      return Thread.interrupted()
          ? abandoned(job, actions.get(), parameters, startedJob)
          : failed.outcome();
    } catch (InterruptedException interrupted) {
      return abandoned(job, actions.get(), parameters, startedJob);
    }
  }

  /** The task was abandoned (its execution ended): the job is stopped, the interrupt kept. */
  private static TaskOutcome abandoned(
      SyncJob job, ServiceActions actions, JsonNode parameters, ObjectNode startedJob) {
    stop(job, actions, parameters, startedJob);
    Thread.currentThread().interrupt();
    return TaskOutcome.failed(StatesError.TASK_FAILED.errorName(), "Polling was interrupted");
  }

  /**
   * Stops a job its task no longer waits for, as Step Functions does; a job that cannot be stopped
   * (it has ended, the service refuses) is left as it is: nobody waits for an answer.
   */
  private static void stop(
      SyncJob job, ServiceActions actions, JsonNode parameters, ObjectNode started) {
    if (started == null) {
      return;
    }
    try {
      actions.call(job.stopAction(), job.stopParameters(parameters, started));
    } catch (ServiceActions.Failed | RuntimeException refused) {
      // Best effort: the execution has already moved on.
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt(); // Told twice to stop: leave the job to the service.
    }
  }

  /** When to stop polling: after the state's timeout, by when the engine has failed the task. */
  private static long deadline(TaskInvocation invocation) {
    return invocation.timeoutSeconds() > 0
        ? System.nanoTime() + Duration.ofSeconds(invocation.timeoutSeconds()).toNanos()
        : Long.MAX_VALUE;
  }
}
