package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.ResultWriter;
import io.stepwise.engine.task.TaskOutcome;

/**
 * A Distributed Map's ResultWriter: once every child has ended, the Map puts its result files and
 * manifest in S3 as ordinary {@code aws-sdk:s3:putObject} task invocations, one at a time, whose
 * answers are journaled as any task's (a replay writes nothing), and leaves no Task events, as the
 * ItemReader's read leaves none. The state's result is then the manifest's location; a failed put
 * fails the run, then the state, with {@code States.ResultWriterFailed} (Retry and Catch apply).
 */
final class ResultWriteStep {
  private static final String PUT_OBJECT = "arn:aws:states:::aws-sdk:s3:putObject";

  private final Transition transition;
  private final StateLifecycle lifecycle;
  private final ChildrenStep children;

  ResultWriteStep(Transition transition, StateLifecycle lifecycle, ChildrenStep children) {
    this.transition = transition;
    this.lifecycle = lifecycle;
    this.children = children;
  }

  /** Starts writing the finished group's results. */
  void begin(Frame frame, ChildGroup group, MapState state) {
    ResultWriter writer = state.resultWriter();
    String bucket;
    String prefix;
    try {
      if (writer.resource() == null || !writer.resource().endsWith(":states:::s3:putObject")) {
        throw failure("The ResultWriter's Resource is not supported: " + writer.resource());
      }
      JsonNode arguments = arguments(frame, state);
      bucket = arguments.path("Bucket").asText("");
      if (bucket.isEmpty()) {
        throw failure("The ResultWriter names no Bucket.");
      }
      prefix = arguments.path("Prefix").asText("");
    } catch (FailureException e) {
      failed(frame, group, e.failure());
      return;
    }
    MapRun run = group.mapRun;
    ObjectNode output = Json.NODES.objectNode();
    output.put("MapRunArn", run.arn);
    ObjectNode details = output.putObject("ResultWriterDetails");
    details.put("Bucket", bucket);
    details.put("Key", MapResultFiles.manifestKey(run, prefix));
    frame.resultWrite =
        new ResultWrite(group, bucket, MapResultFiles.of(run, bucket, prefix), output);
    putNext(frame);
  }

  /** The last put answered. */
  void completed(Frame frame, TaskOutcome outcome) {
    ResultWrite write = frame.resultWrite;
    frame.wait = Frame.Wait.NONE;
    frame.pendingInvocation = null;
    if (outcome instanceof TaskOutcome.Failed failed) {
      frame.resultWrite = null;
      Failure cause = failed.failure();
      failed(
          frame,
          write.group,
          new Failure(
              StatesError.RESULT_WRITER_FAILED.errorName(),
              cause.cause() != null ? cause.cause() : cause.error()));
      return;
    }
    if (!write.files.isEmpty()) {
      putNext(frame);
      return;
    }
    frame.resultWrite = null;
    children.written(write.group, write.output);
  }

  private void putNext(Frame frame) {
    ResultWrite write = frame.resultWrite;
    MapResultFiles.File file = write.files.poll();
    ObjectNode parameters = Json.NODES.objectNode();
    parameters.put("Bucket", write.bucket);
    parameters.put("Key", file.key());
    parameters.put("Body", file.body());
    MapS3Calls.invoke(transition, frame, PUT_OBJECT, parameters);
  }

  /** {@code Parameters} (JSONPath) or {@code Arguments} (JSONata): bucket and prefix. */
  private JsonNode arguments(Frame frame, MapState state) {
    var template = state.resultWriter().arguments();
    if (template == null) {
      throw failure("The ResultWriter names no bucket: it has no Parameters.");
    }
    JsonNode input =
        state.queryLanguage() == QueryLanguage.JSONPATH ? frame.effectiveInput : frame.stateInput;
    JsonNode arguments = template.evaluate(lifecycle.context(frame, input));
    if (arguments == null || !arguments.isObject()) {
      throw failure("The ResultWriter's parameters must be an object.");
    }
    return arguments;
  }

  private static FailureException failure(String cause) {
    return new FailureException(StatesError.RESULT_WRITER_FAILED, cause);
  }

  /** The run fails, then the state (Retry and Catch apply). */
  private void failed(Frame frame, ChildGroup group, Failure failure) {
    children.runFailed(group, failure);
    lifecycle.fail(frame, failure);
  }
}
