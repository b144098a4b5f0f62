package io.stepwise.server.protocol;

import io.stepwise.asl.validate.InvalidDefinitionException;
import io.stepwise.engine.machines.StateMachineApiException;
import io.stepwise.engine.runtime.ExecutionLimitExceededException;
import io.stepwise.engine.runtime.ExecutionNotRedrivableException;
import io.stepwise.engine.runtime.InvalidTokenException;
import io.stepwise.engine.runtime.TaskTimedOutException;
import io.stepwise.engine.store.ExecutionAlreadyExistsException;
import io.stepwise.engine.teststate.TestStateException;
import io.stepwise.server.auth.AuthenticationException;

/**
 * The one table from the exceptions that actions throw to AWS's error answers. Every error a client
 * can cause is typed and lands here as a 400; anything else is a bug of ours and answers AWS's
 * {@code InternalFailure} with a 500.
 */
public final class ErrorMapper {
  private static final int CLIENT_ERROR = 400;

  private ErrorMapper() {}

  /** The answer for an exception thrown while serving a request. */
  public static ApiError map(Throwable thrown) {
    return switch (thrown) {
      case ApiException e -> client(e.type(), e.getMessage());
      case AuthenticationException e -> client(e.type(), e.getMessage());
      case StateMachineApiException e -> client(e.errorType(), e.getMessage());
      case ExecutionAlreadyExistsException e -> client("ExecutionAlreadyExists", e.getMessage());
      case ExecutionNotRedrivableException e -> client("ExecutionNotRedrivable", e.getMessage());
      case ExecutionLimitExceededException e -> client("ExecutionLimitExceeded", e.getMessage());
      case InvalidDefinitionException e -> client("InvalidDefinition", e.getMessage());
      case InvalidTokenException e -> client("InvalidToken", e.getMessage());
      case TaskTimedOutException e -> client("TaskTimedOut", e.getMessage());
      case TestStateException e -> client(e.errorType(), e.getMessage());
      default -> new ApiError(500, "InternalFailure", "The server failed to process the request");
    };
  }

  private static ApiError client(String type, String message) {
    return new ApiError(CLIENT_ERROR, type, message);
  }
}
