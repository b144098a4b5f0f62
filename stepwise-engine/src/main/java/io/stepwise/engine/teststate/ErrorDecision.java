package io.stepwise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.error.Failure;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorHandling;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import io.stepwise.engine.interpreter.DataFlowEvaluator;
import io.stepwise.engine.interpreter.ErrorMatcher;
import io.stepwise.engine.teststate.TestStateResponse.Status;
import java.util.List;

/**
 * What the state's Retry and Catch would do with a failure, without doing it: RETRIABLE when the
 * first matching retrier has attempts left (given the retries already made, from the request),
 * CAUGHT_ERROR with the catcher's next state and output, else FAILED. States.Runtime is neither
 * retried nor caught, as in executions.
 */
final class ErrorDecision {

  private ErrorDecision() {}

  static TestStateResponse decide(
      State state,
      Failure failure,
      int retriesMade,
      TestStateContext context,
      Inspection inspection,
      InspectionLevel level) {
    ErrorHandling handling =
        StatesError.RUNTIME.errorName().equals(failure.error()) ? null : handling(state);
    if (handling != null) {
      List<Retrier> retriers = handling.retriers();
      for (int i = 0; i < retriers.size(); i++) {
        Retrier retrier = retriers.get(i);
        if (!ErrorMatcher.matches(retrier.errorEquals(), failure.error())) {
          continue;
        }
        inspection.retryIndex = i;
        if (retriesMade < retrier.maxAttempts()) {
          inspection.retryBackoffIntervalSeconds = backoffSeconds(retrier, retriesMade);
          return response(null, failure, inspection, level, null, Status.RETRIABLE);
        }
        break;
      }
      List<Catcher> catchers = handling.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        Catcher catcher = catchers.get(i);
        if (ErrorMatcher.matches(catcher.errorEquals(), failure.error())) {
          inspection.catchIndex = i;
          JsonNode output;
          try {
            output = caughtOutput(state, catcher, failure, context);
          } catch (FailureException e) {
            return response(null, e.failure(), inspection, level, null, Status.FAILED);
          }
          return response(
              Json.write(output), failure, inspection, level, catcher.next(), Status.CAUGHT_ERROR);
        }
      }
    }
    return response(null, failure, inspection, level, null, Status.FAILED);
  }

  private static JsonNode caughtOutput(
      State state, Catcher catcher, Failure failure, TestStateContext context) {
    ObjectNode errorOutput = Json.NODES.objectNode();
    errorOutput.put("Error", failure.error());
    if (failure.cause() != null) {
      errorOutput.put("Cause", failure.cause());
    }
    if (state.queryLanguage() == QueryLanguage.JSONPATH) {
      return DataFlowEvaluator.resultPath(catcher.resultPath(), context.input(), errorOutput);
    }
    return catcher.output() == null
        ? errorOutput
        : StatePipeline.nonNull(catcher.output().evaluate(context.withErrorOutput(errorOutput)));
  }

  /** The wait before the next attempt: the interval grown by the backoff rate, capped. */
  private static long backoffSeconds(Retrier retrier, int retriesMade) {
    double delay = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), retriesMade);
    if (retrier.maxDelaySeconds() != null) {
      delay = Math.min(delay, retrier.maxDelaySeconds());
    }
    return (long) delay;
  }

  private static TestStateResponse response(
      String output,
      Failure failure,
      Inspection inspection,
      InspectionLevel level,
      String next,
      Status status) {
    return new TestStateResponse(
        output, failure.error(), failure.cause(), inspection.build(level), next, status);
  }

  private static ErrorHandling handling(State state) {
    return switch (state) {
      case TaskState task -> task.errorHandling();
      case ParallelState parallel -> parallel.errorHandling();
      case MapState map -> map.errorHandling();
      default -> null;
    };
  }
}
