package io.stepwise.engine.machines;

/**
 * An error of the state machine API, named after AWS's error shape: the API server answers it as
 * {@code {"__type": errorType(), "message": getMessage()}} with HTTP 400, from one table.
 *
 * <p>These are outcomes a client caused, not bugs, so they carry no stack trace.
 */
public abstract sealed class StateMachineApiException extends RuntimeException
    permits ActivityDoesNotExist,
        ConflictException,
        InvalidArn,
        InvalidDefinition,
        InvalidLoggingConfiguration,
        InvalidName,
        InvalidToken,
        MissingRequiredParameter,
        ResourceNotFound,
        ServiceQuotaExceededException,
        StateMachineAlreadyExists,
        StateMachineDeleting,
        StateMachineDoesNotExist,
        ValidationException {
  private static final long serialVersionUID = 1L;

  protected StateMachineApiException(String message) {
    super(message, null, false, false);
  }

  /** AWS's error type: the name of its error shape, such as {@code StateMachineDoesNotExist}. */
  public String errorType() {
    return getClass().getSimpleName();
  }
}
