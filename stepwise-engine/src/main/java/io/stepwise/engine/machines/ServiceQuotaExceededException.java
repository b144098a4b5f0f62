package io.stepwise.engine.machines;

/** The request would pass one of AWS's quotas: 1,000 versions or 100 aliases per state machine. */
public final class ServiceQuotaExceededException extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public ServiceQuotaExceededException(String message) {
    super(message);
  }
}
