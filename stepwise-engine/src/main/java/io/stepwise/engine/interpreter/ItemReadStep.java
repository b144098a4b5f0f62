package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.model.ItemReader;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.engine.interpreter.items.BucketListing;
import io.stepwise.engine.interpreter.items.MaxItems;
import io.stepwise.engine.interpreter.items.ObjectItems;
import io.stepwise.engine.task.TaskOutcome;
import java.util.List;

/**
 * A Distributed Map's ItemReader: the Map asks the runtime for the S3 object or listing (an {@code
 * aws-sdk:s3} task invocation, whose answer is journaled as any task's, so that a replay reads the
 * same items), then reads its items from the answer. As AWS records it, the read leaves no Task
 * events in the history: MapStateStarted (with length 0) and MapRunStarted come first, then the
 * run's items or MapRunFailed with {@code States.ItemReaderFailed}.
 */
final class ItemReadStep {
  private final Transition transition;
  private final StateLifecycle lifecycle;
  private final ChildrenStep children;

  ItemReadStep(Transition transition, StateLifecycle lifecycle, ChildrenStep children) {
    this.transition = transition;
    this.lifecycle = lifecycle;
    this.children = children;
  }

  /** Starts reading; {@code group} is the Map's group, still without items. */
  void begin(Frame frame, ChildGroup group, MapState state, JsonNode effectiveInput) {
    ItemReader reader = state.itemReader();
    ItemRead.Action action = ItemRead.Action.of(reader.resource());
    JsonNode arguments;
    long maxItems;
    try {
      if (action == null) {
        throw new FailureException(
            StatesError.ITEM_READER_FAILED,
            "The ItemReader's Resource is not supported: " + reader.resource());
      }
      arguments = arguments(frame, state, effectiveInput);
      maxItems =
          MaxItems.evaluate(
              reader.readerConfig().maxItems(), lifecycle.context(frame, effectiveInput));
    } catch (FailureException e) {
      failed(frame, group, e);
      return;
    }
    frame.itemRead = new ItemRead(group, action, reader.readerConfig(), arguments, maxItems);
    request(frame, arguments);
  }

  /** The S3 action answered. */
  void completed(Frame frame, TaskOutcome outcome) {
    ItemRead read = frame.itemRead;
    frame.wait = Frame.Wait.NONE;
    frame.pendingInvocation = null;
    List<JsonNode> items;
    try {
      if (outcome instanceof TaskOutcome.Failed failed) {
        Failure failure = failed.failure();
        throw new FailureException(
            StatesError.ITEM_READER_FAILED,
            failure.cause() != null ? failure.cause() : failure.error());
      }
      JsonNode answer = ((TaskOutcome.Succeeded) outcome).output();
      if (read.action == ItemRead.Action.LIST_OBJECTS_V2) {
        String nextPage = BucketListing.addPage(answer, read.listed, read.maxItems);
        if (nextPage != null) {
          ObjectNode arguments = read.arguments.deepCopy();
          arguments.put("ContinuationToken", nextPage);
          request(frame, arguments);
          return;
        }
        items = read.listed;
      } else {
        items = ObjectItems.read(body(answer), read.config, read.maxItems);
      }
    } catch (FailureException e) {
      frame.itemRead = null;
      failed(frame, read.group, e);
      return;
    }
    frame.itemRead = null;
    children.itemsRead(frame, read.group, items);
  }

  /** Asks for the object or the next page of the listing. */
  private void request(Frame frame, JsonNode parameters) {
    MapS3Calls.invoke(transition, frame, frame.itemRead.action.sdkResource, parameters);
  }

  /** {@code Parameters} (JSONPath) or {@code Arguments} (JSONata): bucket, key or prefix. */
  private JsonNode arguments(Frame frame, MapState state, JsonNode effectiveInput) {
    var template = state.itemReader().arguments();
    if (template == null) {
      throw new FailureException(
          StatesError.ITEM_READER_FAILED, "The ItemReader names no bucket: it has no Parameters.");
    }
    JsonNode input =
        state.queryLanguage() == QueryLanguage.JSONPATH ? effectiveInput : frame.stateInput;
    JsonNode arguments = template.evaluate(lifecycle.context(frame, input));
    if (arguments == null || !arguments.isObject()) {
      throw new FailureException(
          StatesError.ITEM_READER_FAILED, "The ItemReader's parameters must be an object.");
    }
    return arguments;
  }

  /** The object's content: the text the {@code aws-sdk:s3:getObject} task answers as its Body. */
  private static String body(JsonNode answer) {
    JsonNode body = answer.path("Body");
    if (body.isMissingNode() || body.isNull()) {
      throw new FailureException(StatesError.ITEM_READER_FAILED, "The S3 object has no body.");
    }
    return body.isTextual() ? body.textValue() : body.toString();
  }

  /**
   * The read failed: the map run fails, then the state (Retry and Catch apply). AWS's causes for
   * the reader's own failures are bare (recorded); evaluation failures name the state as elsewhere.
   */
  private void failed(Frame frame, ChildGroup group, FailureException e) {
    boolean readerFailure = StatesError.ITEM_READER_FAILED.errorName().equals(e.failure().error());
    Failure failure = readerFailure ? e.failure() : transition.inState(frame, e);
    children.runFailed(group, failure);
    if (readerFailure) {
      lifecycle.fail(frame, failure);
    } else {
      lifecycle.failEvaluation(frame, e);
    }
  }
}
