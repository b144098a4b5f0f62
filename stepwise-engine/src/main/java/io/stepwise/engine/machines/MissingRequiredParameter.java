package io.stepwise.engine.machines;

/** A request that needs at least one of several optional parameters has none of them. */
public final class MissingRequiredParameter extends StateMachineApiException {
  private static final long serialVersionUID = 1L;

  public MissingRequiredParameter(String message) {
    super(message);
  }
}
