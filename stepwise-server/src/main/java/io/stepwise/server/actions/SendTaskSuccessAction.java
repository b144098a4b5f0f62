package io.stepwise.server.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.runtime.InvalidTokenException;
import io.stepwise.engine.runtime.TaskTimedOutException;
import io.stepwise.server.ServerContext;
import io.stepwise.server.model.EmptyOutput;
import io.stepwise.server.model.SendTaskSuccessInput;
import io.stepwise.server.protocol.ApiException;

/**
 * {@code SendTaskSuccess}: the activity or {@code .waitForTaskToken} task behind the token succeeds
 * with the output given, which must be JSON text of at most 256 KiB.
 */
public final class SendTaskSuccessAction implements Action<SendTaskSuccessInput, EmptyOutput> {
  /** AWS's limit on {@code output}: 262,144 characters. */
  static final int MAX_OUTPUT_LENGTH = 262_144;

  private final ServerContext context;

  public SendTaskSuccessAction(ServerContext context) {
    this.context = context;
  }

  @Override
  public Class<SendTaskSuccessInput> inputType() {
    return SendTaskSuccessInput.class;
  }

  @Override
  public EmptyOutput handle(SendTaskSuccessInput input)
      throws InvalidTokenException, TaskTimedOutException {
    if (input.output().length() > MAX_OUTPUT_LENGTH) {
      throw ApiException.validation(
          "1 validation error detected: Value at 'output' failed to satisfy constraint: Member"
              + " must have length less than or equal to "
              + MAX_OUTPUT_LENGTH);
    }
    context.runtime().sendTaskSuccess(input.taskToken(), parse(input.output()));
    return new EmptyOutput();
  }

  private static JsonNode parse(String output) {
    try {
      JsonNode parsed = Json.parse(output);
      if (parsed == null || parsed.isMissingNode()) {
        throw invalidOutput("No content to map due to end-of-input");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      throw invalidOutput(e.getOriginalMessage());
    }
  }

  private static ApiException invalidOutput(String reason) {
    return new ApiException("InvalidOutput", "Invalid Output: '" + reason + "'");
  }
}
