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
        .orElseThrow(() -> ApiException.mapRunDoesNotExist(arn));
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
    atLeastZero("maxConcurrency", input.maxConcurrency());
    atLeastZero("toleratedFailureCount", input.toleratedFailureCount());
    Double percentage = input.toleratedFailurePercentage();
    atLeastZero("toleratedFailurePercentage", percentage);
    if (percentage != null && percentage > 100) {
      throw ApiException.constraint(
          percentage, "toleratedFailurePercentage", "have value less than or equal to 100");
    }
  }

  private static void atLeastZero(String member, Number value) {
    if (value != null && value.doubleValue() < 0) {
      throw ApiException.constraint(value, member, "have value greater than or equal to 0");
    }
  }
}
