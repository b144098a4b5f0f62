package io.stepwise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.history.HistoryEvent;
import java.util.List;

/**
 * How an execution ended.
 *
 * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * @param output the output for SUCCEEDED, otherwise {@code null}
 * @param error the error name for any other end ({@code null} where AWS has none)
 * @param cause the cause text for any other end ({@code null} where AWS has none)
 * @param history every history event, in order
 */
public record ExecutionResult(
    ExecutionStatus status,
    JsonNode output,
    String error,
    String cause,
    List<HistoryEvent> history) {

  public ExecutionResult {
    history = List.copyOf(history);
  }
}
