package io.stepwise.engine.store;

import io.stepwise.engine.run.ExecutionStatus;
import java.time.Instant;

/**
 * How an execution ended, committed with the step that ended it.
 *
 * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * @param stopDate when it ended
 * @param output the output as JSON text for SUCCEEDED, else {@code null}
 * @param error the error of any other end, or {@code null}
 * @param cause the cause of any other end, or {@code null}
 */
public record ExecutionEnd(
    ExecutionStatus status, Instant stopDate, String output, String error, String cause) {}
