package io.stepwise.engine.machines;

/** A {@code loggingConfiguration} that AWS would refuse, as {@code InvalidLoggingConfiguration}. */
public final class InvalidLoggingConfiguration extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public InvalidLoggingConfiguration(String message) {
    super("Invalid Logging Configuration: " + message);
  }
}
