package io.stepwise.server.actions;

import io.stepwise.server.MapRunArns;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.UpdateMapRunInput;
import io.stepwise.server.model.UpdateMapRunOutput;
import io.stepwise.server.protocol.ApiException;

/**
 * {@code UpdateMapRun}: new concurrency and failure tolerance for a running Distributed Map run,
 * applied at its next step. A run that has ended is left as it is.
 */
public final class UpdateMapRunAction implements Action<UpdateMapRunInput, UpdateMapRunOutput> {
  private final ServerContext context;

  public UpdateMapRunAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<UpdateMapRunInput> inputType() {
    return UpdateMapRunInput.class;
  }

  @Override
  public UpdateMapRunOutput handle(UpdateMapRunInput input) {
    String arn = MapRunArns.check(input.mapRunArn());
    validate(input);
    context
        .runtime()
        .updateMapRun(
            arn,
            input.maxConcurrency(),
            input.toleratedFailureCount(),
            input.toleratedFailurePercentage())
        .orElseThrow(() -> DescribeMapRunAction.mapRunDoesNotExist(arn));
    return new UpdateMapRunOutput();
  }

  private static void validate(UpdateMapRunInput input) {
    if (input.maxConcurrency() == null
        && input.toleratedFailureCount() == null
        && input.toleratedFailurePercentage() == null) {
      throw ApiException.validation(
          "Must provide at least one of maxConcurrency, toleratedFailurePercentage or"
              + " toleratedFailureCount");
    }
    if (input.maxConcurrency() != null && input.maxConcurrency() < 0) {
      throw atLeastZero("maxConcurrency", input.maxConcurrency());
    }
    if (input.toleratedFailureCount() != null && input.toleratedFailureCount() < 0) {
      throw atLeastZero("toleratedFailureCount", input.toleratedFailureCount());
    }
    Double percentage = input.toleratedFailurePercentage();
    if (percentage != null && (percentage < 0 || percentage > 100)) {
      throw ApiException.validation(
          "1 validation error detected: Value '"
              + percentage
              + "' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have"
              + " value "
              + (percentage < 0 ? "greater than or equal to 0" : "less than or equal to 100"));
    }
  }

  private static ApiException atLeastZero(String member, Number value) {
    return ApiException.validation(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: Member must have value greater than or equal to 0");
  }
}
