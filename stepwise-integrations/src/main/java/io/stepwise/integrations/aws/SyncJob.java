package io.stepwise.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import java.util.Set;

/**
 * How Step Functions runs one kind of job to completion ({@code .sync}): the call that describes a
 * started job, where that answer holds the job, and which of its states end it, in success or not.
 * The result of a finished job is the job as the describe call showed it last; a job that ended
 * otherwise fails the task with {@code States.TaskFailed} and the same description as the cause.
 */
sealed interface SyncJob {

  /** Why a job was stopped, where the stop call takes a reason. */
  String STOP_REASON = "Stopped by AWS Step Functions: the task was abandoned";

  /** The optimized integration that starts the job. */
  OptimizedIntegration integration();

  /** The action that starts the job ({@code startJobRun}). */
  String startAction();

  /** The describe action ({@code getJobRun}). */
  String describeAction();

  /** The describe call's parameters for the job the start call started. */
  ObjectNode describeParameters(JsonNode startParameters, JsonNode started);

  /**
   * The call that stops the job: Step Functions stops a job whose task is abandoned (its execution
   * stopped, failed or timed out), which is why its IAM policies for {@code .sync} name these
   * actions ({@code glue:BatchStopJobRun}, {@code ecs:StopTask}, {@code batch:TerminateJob}, {@code
   * sagemaker:Stop...Job}).
   */
  String stopAction();

  /** The stop call's parameters for the job the start call started. */
  ObjectNode stopParameters(JsonNode startParameters, JsonNode started);

  /** The job in the describe call's answer, or {@code null} when it is not there. */
  JsonNode job(JsonNode described);

  /** Whether the job has ended. */
  boolean ended(JsonNode job);

  /** Whether an ended job succeeded. */
  boolean succeeded(JsonNode job);

  /** Why a start answer that the service accepted already failed the task, or {@code null}. */
  default String startFailure(JsonNode started) {
    return null;
  }

  /** {@code glue:startJobRun.sync}: GetJobRun until the run ends; only SUCCEEDED succeeds. */
  record Glue() implements SyncJob {
    private static final Set<String> RUNNING = Set.of("STARTING", "RUNNING", "STOPPING", "WAITING");

    @Override
    public OptimizedIntegration integration() {
      return OptimizedIntegration.GLUE;
    }

    @Override
    public String startAction() {
      return "startJobRun";
    }

    @Override
    public String describeAction() {
      return "getJobRun";
    }

    @Override
    public ObjectNode describeParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = Json.NODES.objectNode();
      parameters.set("JobName", startParameters.path("JobName"));
      parameters.set("RunId", started.path("JobRunId"));
      return parameters;
    }

    @Override
    public String stopAction() {
      return "batchStopJobRun";
    }

    @Override
    public ObjectNode stopParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = Json.NODES.objectNode();
      parameters.set("JobName", startParameters.path("JobName"));
      parameters.putArray("JobRunIds").add(started.path("JobRunId"));
      return parameters;
    }

    @Override
    public JsonNode job(JsonNode described) {
      return described.get("JobRun");
    }

    @Override
    public boolean ended(JsonNode job) {
      return !RUNNING.contains(job.path("JobRunState").asText());
    }

    @Override
    public boolean succeeded(JsonNode job) {
      return "SUCCEEDED".equals(job.path("JobRunState").asText());
    }
  }

  /**
   * {@code ecs:runTask.sync}: DescribeTasks until the task is STOPPED; a container that exited with
   * a non-zero code, or a task that never started, fails it. A start answer with {@code Failures}
   * fails the task at once, as {@code AmazonECS.Unknown}.
   */
  record Ecs() implements SyncJob {
    @Override
    public OptimizedIntegration integration() {
      return OptimizedIntegration.ECS;
    }

    @Override
    public String startAction() {
      return "runTask";
    }

    @Override
    public String describeAction() {
      return "describeTasks";
    }

    @Override
    public ObjectNode describeParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = sameCluster(startParameters);
      parameters.putArray("Tasks").add(started.path("Tasks").path(0).path("TaskArn"));
      return parameters;
    }

    @Override
    public String stopAction() {
      return "stopTask";
    }

    /** Parameters naming the cluster the task was started in, if the start named one. */
    private static ObjectNode sameCluster(JsonNode startParameters) {
      ObjectNode parameters = Json.NODES.objectNode();
      if (startParameters.has("Cluster")) {
        parameters.set("Cluster", startParameters.get("Cluster"));
      }
      return parameters;
    }

    @Override
    public ObjectNode stopParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = sameCluster(startParameters);
      parameters.set("Task", started.path("Tasks").path(0).path("TaskArn"));
      parameters.put("Reason", STOP_REASON);
      return parameters;
    }

    @Override
    public JsonNode job(JsonNode described) {
      return described.path("Tasks").isEmpty() ? null : described.path("Tasks").get(0);
    }

    @Override
    public boolean ended(JsonNode job) {
      return "STOPPED".equals(job.path("LastStatus").asText());
    }

    @Override
    public boolean succeeded(JsonNode job) {
      if ("TaskFailedToStart".equals(job.path("StopCode").asText())) {
        return false;
      }
      for (JsonNode container : job.path("Containers")) {
        if (!container.has("ExitCode") || container.get("ExitCode").asInt() != 0) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String startFailure(JsonNode started) {
      return started.path("Failures").isEmpty() ? null : "AmazonECS.Unknown";
    }
  }

  /** {@code batch:submitJob.sync}: DescribeJobs until SUCCEEDED or FAILED. */
  record Batch() implements SyncJob {
    @Override
    public OptimizedIntegration integration() {
      return OptimizedIntegration.BATCH;
    }

    @Override
    public String startAction() {
      return "submitJob";
    }

    @Override
    public String describeAction() {
      return "describeJobs";
    }

    @Override
    public ObjectNode describeParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = Json.NODES.objectNode();
      parameters.putArray("Jobs").add(started.path("JobId"));
      return parameters;
    }

    @Override
    public String stopAction() {
      return "terminateJob";
    }

    @Override
    public ObjectNode stopParameters(JsonNode startParameters, JsonNode started) {
      ObjectNode parameters = Json.NODES.objectNode();
      parameters.set("JobId", started.path("JobId"));
      parameters.put("Reason", STOP_REASON);
      return parameters;
    }

    @Override
    public JsonNode job(JsonNode described) {
      return described.path("Jobs").isEmpty() ? null : described.path("Jobs").get(0);
    }

    @Override
    public boolean ended(JsonNode job) {
      String status = job.path("Status").asText();
      return status.equals("SUCCEEDED") || status.equals("FAILED");
    }

    @Override
    public boolean succeeded(JsonNode job) {
      return "SUCCEEDED".equals(job.path("Status").asText());
    }
  }

  /**
   * {@code sagemaker:createTrainingJob.sync} and {@code sagemaker:createTransformJob.sync}: the
   * describe call of the job's kind until its status is no longer {@code InProgress} or {@code
   * Stopping}; only {@code Completed} succeeds. SageMaker's describe answer is the job itself.
   *
   * @param kind the job's kind as the API names it ({@code Training}, {@code Transform})
   */
  record SageMaker(String kind) implements SyncJob {
    private static final Set<String> RUNNING = Set.of("InProgress", "Stopping");

    static final SageMaker TRAINING = new SageMaker("Training");
    static final SageMaker TRANSFORM = new SageMaker("Transform");

    @Override
    public OptimizedIntegration integration() {
      return OptimizedIntegration.SAGEMAKER;
    }

    @Override
    public String startAction() {
      return "create" + kind + "Job";
    }

    @Override
    public String describeAction() {
      return "describe" + kind + "Job";
    }

    @Override
    public ObjectNode describeParameters(JsonNode startParameters, JsonNode started) {
      String name = kind + "JobName";
      ObjectNode parameters = Json.NODES.objectNode();
      parameters.set(name, startParameters.path(name));
      return parameters;
    }

    @Override
    public String stopAction() {
      return "stop" + kind + "Job";
    }

    @Override
    public ObjectNode stopParameters(JsonNode startParameters, JsonNode started) {
      return describeParameters(startParameters, started);
    }

    @Override
    public JsonNode job(JsonNode described) {
      return described;
    }

    @Override
    public boolean ended(JsonNode job) {
      return !RUNNING.contains(status(job));
    }

    @Override
    public boolean succeeded(JsonNode job) {
      return "Completed".equals(status(job));
    }

    private String status(JsonNode job) {
      return job.path(kind + "JobStatus").asText();
    }
  }
}
